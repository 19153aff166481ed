using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenElements.Server.Auth;
using OpenElements.Server.Data;
using OpenElements.Server.Organizations;

namespace OpenElements.Server.Bootstrap;

/// <summary>Creates the bootstrap organization and user, and prints how to make a first call.</summary>
public sealed partial class BootstrapService(IServiceProvider services, IOptions<BootstrapOptions> options, IConfiguration configuration, ILogger<BootstrapService> logger)
{
    public sealed record Secrets(string OrganizationSecret, string UserSecret);

    public async Task<Secrets?> RunAsync(CancellationToken ct)
    {
        var secrets = ResolveSecrets();
        if (secrets is null)
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await EnsureAsync(db, options.Value.OrganizationName, options.Value.UserEmail, secrets, ct);
        return secrets;
    }

    /// <summary>Idempotent: an existing organization/user with these secrets is left as it is.</summary>
    public static async Task<(long OrganizationId, long UserId)> EnsureAsync(AppDbContext db, string organizationName, string userEmail, Secrets secrets, CancellationToken ct)
    {
        var orgHash = SecretHash.Of(secrets.OrganizationSecret);
        var userHash = SecretHash.Of(secrets.UserSecret);
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.SecretHash == orgHash, ct);
        if (org is null)
        {
            org = new Organization { Name = organizationName, SecretHash = orgHash, CreatedDate = DateTime.UtcNow };
            db.Organizations.Add(org);
            await db.SaveChangesAsync(ct);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.SecretHash == userHash, ct);
        if (user is null)
        {
            user = new User { OrganizationId = org.Id, EmailAddress = userEmail, FirstName = "Admin", LastName = "User", SecretHash = userHash, CreatedDate = DateTime.UtcNow };
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
        }
        else if (user.OrganizationId != org.Id)
        {
            throw new InvalidOperationException("Bootstrap:UserSecret belongs to a user of another organization.");
        }

        return (org.Id, user.Id);
    }

    private Secrets? ResolveSecrets()
    {
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.OrganizationSecret) && !string.IsNullOrWhiteSpace(o.UserSecret))
        {
            if (o.OrganizationSecret.Length < 16 || o.UserSecret.Length < 16)
            {
                LogWeakSecret(logger);
            }

            return new Secrets(o.OrganizationSecret, o.UserSecret);
        }

        if (!o.GenerateIfMissing)
        {
            return null;
        }

        var file = Path.Combine(DataDirectory.Resolve(configuration), "bootstrap.json");
        if (File.Exists(file))
        {
            return JsonSerializer.Deserialize<Secrets>(File.ReadAllText(file), AppJson.Options)
                ?? throw new InvalidOperationException($"{file} is empty.");
        }

        var generated = new Secrets(SecretHash.NewToken(), SecretHash.NewToken());
        File.WriteAllText(file, JsonSerializer.Serialize(generated, AppJson.Options));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return generated;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bootstrap secrets shorter than 16 characters are easy to guess; use long random values.")]
    private static partial void LogWeakSecret(ILogger logger);
}
