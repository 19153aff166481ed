using System.Collections.Concurrent;

namespace OpenElements.Server.Hubs;

/// <summary>
/// Refreshes an instance's vendor tokens once, however many calls find them expired at the same time:
/// callers queue on a gate, and whoever comes after the refresh finds the new token already stored and
/// replays with it. New tokens are saved (encrypted) before anyone uses them.
/// </summary>
/// <remarks>
/// When the vendor keeps one session per login (a <c>sharedKey</c>, see <see cref="VendorSession"/>), the
/// gate and the newest tokens belong to that login: an instance whose token was ended by another
/// instance's renewal adopts the renewed session instead of logging in again and ending the other's.
/// REVIEW: the gate is per process. Two nodes can both refresh; with vendors that rotate refresh tokens
/// (Sugar) the loser's refresh fails, and it then finds the winner's token in the database and uses it.
/// </remarks>
public sealed class InstanceSessions(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <param name="staleToken">The token the caller used and the vendor refused.</param>
    /// <param name="tokenKey">The config key holding the token, e.g. <c>oauth.user.token</c>.</param>
    /// <param name="refresh">Talks to the vendor; returns the config values to store (new token first of all).</param>
    /// <param name="shared">The vendor login several instances share; null when each instance has its own.</param>
    public async Task<string> RefreshAsync(
        HubInstance instance, string staleToken, string tokenKey, Func<CancellationToken, Task<Dictionary<string, string?>>> refresh,
        CancellationToken ct, SharedLogin? shared = null)
    {
        var gate = _gates.GetOrAdd(shared?.Key ?? $"instance:{instance.Id}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (await NewerTokenAsync(instance, staleToken, tokenKey, shared, ct) is { } current)
            {
                return current;
            }

            Dictionary<string, string?> updates;
            try
            {
                updates = await refresh(ct);
            }
            catch (VendorResponseException)
            {
                // Another node may have refreshed (and rotated the refresh token) meanwhile.
                if (await NewerTokenAsync(instance, staleToken, tokenKey, shared, ct) is { } other)
                {
                    return other;
                }

                throw;
            }

            await using var scope = scopes.CreateAsyncScope();
            var store = new SessionStore(scope.ServiceProvider);
            await store.SaveAsync(instance, updates, ct);
            if (shared is not null)
            {
                await store.SaveSharedAsync(shared.Key, updates, time.GetUtcNow(), ct);
            }

            Adopt(instance, updates);
            return updates[tokenKey] ?? throw new InvalidOperationException($"The refresh returned no '{tokenKey}'.");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// A token stored since the caller read its own: on the instance (another call refreshed it), or in the
    /// shared session (another instance renewed the login), which is then stored on this instance too.
    /// </summary>
    private async Task<string?> NewerTokenAsync(HubInstance instance, string staleToken, string tokenKey, SharedLogin? shared, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = new SessionStore(scope.ServiceProvider);
        var stored = await store.ReadAsync(instance.Id, ct);
        if (stored.GetValueOrDefault(tokenKey) is { Length: > 0 } current && current != staleToken)
        {
            Adopt(instance, stored);
            return current;
        }

        if (shared is not null
            && await store.ReadSharedAsync(shared.Key, ct) is { } login
            && login.GetValueOrDefault(tokenKey) is { Length: > 0 } renewed && renewed != staleToken
            && ObtainedAt(login, shared) > ObtainedAt(stored, shared))
        {
            await store.SaveAsync(instance, login, ct);
            Adopt(instance, login);
            return renewed;
        }

        return null;
    }

    private static long ObtainedAt(Dictionary<string, string?> values, SharedLogin shared) =>
        long.TryParse(values.GetValueOrDefault(shared.ObtainedAtKey), out var at) ? at : 0;

    private static void Adopt(HubInstance instance, Dictionary<string, string?> values)
    {
        foreach (var (key, value) in values)
        {
            instance.Configuration[key] = value;
        }
    }
}
