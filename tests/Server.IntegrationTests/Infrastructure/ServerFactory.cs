using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using OpenElements.Server.Bootstrap;
using OpenElements.Server.Data;
using OpenElements.Server.Sandbox;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.IntegrationTests.Infrastructure;

/// <summary>
/// The real server in sandbox mode (its vendor calls go over real loopback HTTP to the in-process
/// simulators), on a fresh SQLite file or PostgreSQL database, with every log line captured.
/// </summary>
public class ServerFactory : WebApplicationFactory<OpenElements.Server.Instances.InstanceService>, IAsyncLifetime
{
    public const string OrganizationSecret = "test-organization-secret-0123456789";
    public const string UserSecret = "test-user-secret-0123456789abcdef";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("oe-tests-").FullName;
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>The simulators the server's sandbox routes to (their state and fault switches).</summary>
    public SimulatorServer Simulators => Services.GetRequiredService<SandboxSimulatorService>().Server!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_dataDirectory);
        _ = Server; // start the host (migrations, bootstrap, simulators) now, not in the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("DataDirectory", _dataDirectory);
        builder.UseSetting("Sandbox:Enabled", "true");
        builder.UseSetting("Bootstrap:OrganizationSecret", OrganizationSecret);
        builder.UseSetting("Bootstrap:UserSecret", UserSecret);
        builder.UseSetting("Connectors:AttemptTimeoutSeconds", "2");
        builder.UseSetting("Connectors:TotalTimeoutSeconds", "4");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
    }

    /// <summary>A client of the bootstrap tenant.</summary>
    public HttpClient CreateTenantClient() => Authorized(UserSecret, OrganizationSecret);

    /// <summary>A new organization with one user, for tests that must not see anyone else's instances.</summary>
    public async Task<HttpClient> CreateIsolatedTenantAsync()
    {
        var secrets = new BootstrapService.Secrets("org-" + Guid.NewGuid().ToString("N"), "user-" + Guid.NewGuid().ToString("N"));
        await using var scope = Services.CreateAsyncScope();
        await BootstrapService.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), "Isolated", "isolated@example.com", secrets, CancellationToken.None);
        return Authorized(secrets.UserSecret, secrets.OrganizationSecret);
    }

    public HttpClient Authorized(string userSecret, string organizationSecret)
    {
        var client = CreateClient();
        client.BaseAddress = new Uri(client.BaseAddress!, "/elements/api-v2/");
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"User {userSecret}, Organization {organizationSecret}");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFactory>
{
    public const string Name = "server";
}
