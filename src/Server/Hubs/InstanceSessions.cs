using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenElements.Server.Data;
using OpenElements.Server.Instances;

namespace OpenElements.Server.Hubs;

/// <summary>
/// Refreshes an instance's vendor tokens once, however many calls find them expired at the same time:
/// callers queue on a per-instance gate, and whoever comes after the refresh finds the new token already
/// stored and replays with it. New tokens are saved (encrypted) before anyone uses them.
/// </summary>
/// <remarks>
/// REVIEW: the gate is per process. Two nodes can both refresh; with vendors that rotate refresh tokens
/// (Sugar) the loser's refresh fails, and it then finds the winner's token in the database and uses it.
/// </remarks>
public sealed class InstanceSessions(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _gates = new();

    /// <param name="staleToken">The token the caller used and the vendor refused.</param>
    /// <param name="tokenKey">The config key holding the token, e.g. <c>oauth.user.token</c>.</param>
    /// <param name="refresh">Talks to the vendor; returns the config values to store (new token first of all).</param>
    public async Task<string> RefreshAsync(
        HubInstance instance, string staleToken, string tokenKey, Func<CancellationToken, Task<Dictionary<string, string?>>> refresh, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(instance.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var stored = await ReadAsync(instance.Id, ct);
            if (stored.GetValueOrDefault(tokenKey) is { Length: > 0 } current && current != staleToken)
            {
                Adopt(instance, stored);
                return current;
            }

            Exception? failure = null;
            Dictionary<string, string?>? updates = null;
            try
            {
                updates = await refresh(ct);
            }
            catch (Exception e) when (e is VendorResponseException)
            {
                failure = e;
            }

            if (updates is null)
            {
                // Another node may have refreshed (and rotated the refresh token) meanwhile.
                stored = await ReadAsync(instance.Id, ct);
                if (stored.GetValueOrDefault(tokenKey) is { Length: > 0 } other && other != staleToken)
                {
                    Adopt(instance, stored);
                    return other;
                }

                throw failure!;
            }

            await WriteAsync(instance, updates, ct);
            foreach (var (key, value) in updates)
            {
                instance.Configuration[key] = value;
            }

            return updates[tokenKey] ?? throw new InvalidOperationException($"The refresh returned no '{tokenKey}'.");
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Adopt(HubInstance instance, Dictionary<string, string?> stored)
    {
        foreach (var (key, value) in stored)
        {
            instance.Configuration[key] = value;
        }
    }

    private async Task<Dictionary<string, string?>> ReadAsync(long instanceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        return instance is null ? [] : scope.ServiceProvider.GetRequiredService<InstanceSecrets>().Read(instance);
    }

    private async Task WriteAsync(HubInstance instance, Dictionary<string, string?> updates, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A deleted instance has nothing to keep the tokens for.
        var stored = await db.Instances.FirstOrDefaultAsync(i => i.Id == instance.Id, ct);
        if (stored is null)
        {
            return;
        }

        var secrets = scope.ServiceProvider.GetRequiredService<InstanceSecrets>();
        var merged = secrets.Read(stored);
        foreach (var (key, value) in updates)
        {
            merged[key] = value;
        }

        secrets.Write(instance.Element, stored, merged);
        await db.SaveChangesAsync(ct);
    }
}
