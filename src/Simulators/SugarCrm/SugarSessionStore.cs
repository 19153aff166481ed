namespace OpenElements.Simulators.SugarCrm;

/// <summary>One login: an access token and the refresh token that renews it, for a user on a platform.</summary>
internal sealed record SugarSession(
    string UserId,
    string ClientId,
    string Platform,
    string AccessToken,
    DateTimeOffset AccessExpires,
    string RefreshToken,
    DateTimeOffset RefreshExpires,
    string DownloadToken)
{
    // A record prints every member; bearer tokens must not reach a log line.
    public override string ToString() => $"SugarSession {{ user {UserId} on {Platform}, access until {AccessExpires:O} }}";
}

/// <summary>What an access token turned out to be.</summary>
internal enum AccessTokenState
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>What a refresh attempt turned out to be.</summary>
internal enum RefreshState
{
    Refreshed,
    Invalid,
    Expired,
}

/// <summary>
/// Sugar's oauth_tokens table in memory. Tokens are random GUIDs (Sugar's create_guid shape); a refresh
/// rotates both tokens, as oauth2-php's createAccessToken unsets the old refresh token.
/// </summary>
internal sealed class SugarSessionStore(SugarCrmSimulatorOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SugarSession> _byAccess = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SugarSession> _byRefresh = new(StringComparer.Ordinal);

    /// <summary>A password login; with single sessions on, the user's other sessions on this platform end.</summary>
    public SugarSession Login(string userId, string clientId, string platform)
    {
        lock (_gate)
        {
            if (options.SingleSessionPerPlatform)
            {
                foreach (var old in _byRefresh.Values.Where(s => s.UserId == userId && s.Platform == platform).ToList())
                {
                    Remove(old);
                }
            }

            return Add(userId, clientId, platform);
        }
    }

    /// <summary>Trades a refresh token for a new session; the token must belong to the asking client.</summary>
    public (RefreshState State, SugarSession? Session) Refresh(string refreshToken, string clientId)
    {
        lock (_gate)
        {
            if (!_byRefresh.TryGetValue(refreshToken, out var old) || old.ClientId != clientId)
            {
                return (RefreshState.Invalid, null);
            }

            if (time.GetUtcNow() >= old.RefreshExpires)
            {
                return (RefreshState.Expired, null);
            }

            // REVIEW: [M] the old access token dies with its refresh token (Sugar links them by
            // refresh_token); a client that keeps using it gets "invalid", not "expired".
            Remove(old);
            return (RefreshState.Refreshed, Add(old.UserId, old.ClientId, old.Platform));
        }
    }

    public (AccessTokenState State, SugarSession? Session) Check(string accessToken)
    {
        lock (_gate)
        {
            if (!_byAccess.TryGetValue(accessToken, out var session))
            {
                return (AccessTokenState.Invalid, null);
            }

            return time.GetUtcNow() >= session.AccessExpires
                ? (AccessTokenState.Expired, null)
                : (AccessTokenState.Valid, session);
        }
    }

    /// <summary>Sugar's logout: the access token ends, and so does a refresh token the client names.</summary>
    public void Logout(string accessToken, string? refreshToken)
    {
        lock (_gate)
        {
            // The session's refresh token lives on unless the client names it, as in OAuth2Api::logout.
            _byAccess.Remove(accessToken);
            if (refreshToken is not null && _byRefresh.TryGetValue(refreshToken, out var named))
            {
                Remove(named);
            }
        }
    }

    private SugarSession Add(string userId, string clientId, string platform)
    {
        var now = time.GetUtcNow();
        var session = new SugarSession(
            userId, clientId, platform,
            NewToken(), now + options.AccessTokenLifetime,
            NewToken(), now + options.RefreshTokenLifetime,
            NewToken());
        _byAccess.Add(session.AccessToken, session);
        _byRefresh.Add(session.RefreshToken, session);
        return session;
    }

    private void Remove(SugarSession session)
    {
        _byAccess.Remove(session.AccessToken);
        _byRefresh.Remove(session.RefreshToken);
    }

    // Guid.NewGuid draws from the OS CSPRNG, so tokens are unguessable as well as GUID-shaped.
    private static string NewToken() => Guid.NewGuid().ToString("D");
}
