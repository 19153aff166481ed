using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenElements.Server.Data;
using OpenElements.Server.Errors;
using OpenElements.Server.Instances;

namespace OpenElements.Server.Auth;

/// <summary>
/// Resolves the Authorization header to a <see cref="Caller"/>, or throws the platform's 401.
/// User/organization pairs are cached briefly (they change rarely); Element tokens are always read
/// from the database so a deleted instance's token fails at once, on every node.
/// </summary>
public sealed class CallerResolver(AppDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    // Compiled once: every hub call runs this lookup, and EF Core otherwise re-walks and re-hashes the
    // LINQ expression each time (a third of its cost in the hubs profile, docs/benchmarks.md).
    private static readonly Func<AppDbContext, byte[], CancellationToken, Task<Instance?>> InstanceByTokenHash =
        EF.CompileAsyncQuery((AppDbContext db, byte[] hash, CancellationToken ct) =>
            db.Instances.AsNoTracking().FirstOrDefault(i => i.TokenHash == hash));

    /// <summary>Platform calls: User and Organization are required; an Element token is optional.</summary>
    public async Task<Caller> ResolveAsync(HttpContext http, bool requireElement, CancellationToken ct)
    {
        var header = AuthorizationHeader.Parse(http.Request.Headers.Authorization);
        if (header.User is null)
        {
            throw ApiException.Unauthorized();
        }

        var user = await FindUserAsync(header.User, header.Organization, ct) ?? throw ApiException.Unauthorized();
        Instance? instance = null;
        if (header.Element is not null)
        {
            instance = await FindInstanceAsync(header.Element, user.OrganizationId, ct) ?? throw ApiException.Unauthorized();
        }
        else if (requireElement)
        {
            throw ApiException.Unauthorized();
        }

        // Hub calls may leave out Organization (the platform's "User u, Element t" form);
        // platform calls may not.
        if (header.Organization is null && header.Element is null)
        {
            throw ApiException.Unauthorized();
        }

        return new Caller(user.OrganizationId, user.UserId, instance);
    }

    private async Task<UserKey?> FindUserAsync(string userSecret, string? organizationSecret, CancellationToken ct)
    {
        var cacheKey = Convert.ToBase64String(SecretHash.Of(userSecret + "\n" + organizationSecret));
        if (cache.TryGetValue(cacheKey, out UserKey? cached))
        {
            return cached;
        }

        var userHash = SecretHash.Of(userSecret);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.SecretHash == userHash)
            .Select(u => new { u.Id, u.OrganizationId, u.SecretHash, OrganizationHash = u.Organization!.SecretHash })
            .FirstOrDefaultAsync(ct);
        if (user is null || !SecretHash.Matches(userSecret, user.SecretHash)
            || (organizationSecret is not null && !SecretHash.Matches(organizationSecret, user.OrganizationHash)))
        {
            return null;
        }

        var key = new UserKey(user.OrganizationId, user.Id);
        cache.Set(cacheKey, key, CacheFor);
        return key;
    }

    // The whole row, not just its id: the hub call that follows needs it, and one query beats two.
    private async Task<Instance?> FindInstanceAsync(string token, long organizationId, CancellationToken ct)
    {
        var hash = SecretHash.Of(token);
        var instance = await InstanceByTokenHash(db, hash, ct);
        return instance is not null && instance.OrganizationId == organizationId && SecretHash.Matches(token, instance.TokenHash)
            ? instance
            : null;
    }

    private sealed record UserKey(long OrganizationId, long UserId);
}
