using System.Collections.Concurrent;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Nonces already seen per token, for both REST TBA and SOAP TokenPassport. A nonce only needs
/// remembering while its timestamp is inside the accepted window; older ones are refused by the
/// timestamp check anyway, so they are pruned.
/// </summary>
public sealed class NonceRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _lastPruneTicks;

    /// <summary>True the first time a (token, nonce) pair is used; false on a replay.</summary>
    public bool TryUse(string tokenId, string nonce, TimeSpan window)
    {
        var now = time.GetUtcNow();
        Prune(now, window);
        return _seen.TryAdd(tokenId + "\n" + nonce, now);
    }

    private void Prune(DateTimeOffset now, TimeSpan window)
    {
        // At most once a minute: a full scan per request would be wasted work under load.
        var last = Interlocked.Read(ref _lastPruneTicks);
        if (now.UtcTicks - last < TimeSpan.TicksPerMinute
            || Interlocked.CompareExchange(ref _lastPruneTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        // Twice the window: a timestamp may be up to one window in the future when first seen.
        var cutoff = now - (window + window);
        foreach (var (key, seenAt) in _seen)
        {
            if (seenAt < cutoff)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
