using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpenElements.Simulators.NetSuite;

/// <summary>A SOAP session created by <c>login</c> and named by its JSESSIONID cookie.</summary>
public sealed record SoapSession(string Id, string Email, string RoleId)
{
    // Ticks in a long so concurrent requests on one session never read a torn DateTimeOffset.
    private long _lastUsedTicks;

    public DateTimeOffset LastUsed
    {
        get => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _lastUsedTicks, value.UtcTicks);
    }
}

/// <summary>Open SOAP sessions, with NetSuite's idle timeout and (optionally) its one-session-per-user rule.</summary>
public sealed class SessionStore(TimeProvider time, NetSuiteSimulatorOptions options)
{
    private readonly ConcurrentDictionary<string, SoapSession> _sessions = new(StringComparer.Ordinal);

    // Guards check-then-add of the one-session-per-user rule; lookups stay lock-free.
    private readonly Lock _loginGate = new();

    /// <summary>Opens a session, or throws the WS_CONCUR_SESSION_DISALLWD fault when the rule is on and the user has one.</summary>
    public SoapSession Open(string email, string roleId)
    {
        lock (_loginGate)
        {
            if (options.EnforceSingleSessionPerUser
                && _sessions.Values.Any(s => string.Equals(s.Email, email, StringComparison.OrdinalIgnoreCase) && IsAlive(s)))
            {
                throw new SoapFaultException(SoapFaults.ConcurrentSession);
            }

            var session = new SoapSession(NewId(), email, roleId) { LastUsed = time.GetUtcNow() };
            _sessions[session.Id] = session;
            return session;
        }
    }

    /// <summary>The live session for a cookie value, touched; null when unknown or timed out.</summary>
    public SoapSession? Find(string? id)
    {
        if (id is null || !_sessions.TryGetValue(id, out var session))
        {
            return null;
        }

        if (!IsAlive(session))
        {
            _sessions.TryRemove(id, out _);
            return null;
        }

        session.LastUsed = time.GetUtcNow();
        return session;
    }

    public bool Close(string id) => _sessions.TryRemove(id, out _);

    public int Count => _sessions.Count;

    private bool IsAlive(SoapSession s) => time.GetUtcNow() - s.LastUsed < options.SessionIdleTimeout;

    // Looks like a Java servlet session id; 24 random bytes so ids cannot be guessed.
    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)) + ".n1";
}
