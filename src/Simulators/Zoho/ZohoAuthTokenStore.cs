using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OpenElements.Simulators.Zoho;

/// <summary>A v1 authtoken Zoho issued: it never expired, and stayed until the user deleted it.</summary>
public sealed record ZohoAuthToken(string Token, string UserId, string DisplayName, DateTimeOffset IssuedAt);

/// <summary>Issued v1 authtokens. Lookups are lock-free (every v1 call does one); issuing and revoking take a
/// lock so the per-user cap counts only tokens still active, and cannot be overrun by concurrent requests.</summary>
public sealed class ZohoAuthTokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ZohoAuthToken> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _activePerUser = new(StringComparer.Ordinal);
    private readonly Lock _issuing = new();

    /// <summary>Issues a token, or returns null when the user already holds <paramref name="cap"/> active tokens.</summary>
    public ZohoAuthToken? TryIssue(ZohoUser user, string displayName, int? cap)
    {
        lock (_issuing)
        {
            var active = _activePerUser.GetValueOrDefault(user.Id);
            if (active >= cap)
            {
                return null;
            }

            // Zoho's authtokens were 32 lower-case hex characters.
            var issued = new ZohoAuthToken(RandomNumberGenerator.GetHexString(32, lowercase: true), user.Id, displayName, time.GetUtcNow());
            _byToken[issued.Token] = issued;
            _activePerUser[user.Id] = active + 1;
            return issued;
        }
    }

    public ZohoAuthToken? Find(string? token) =>
        token is not null && _byToken.TryGetValue(token, out var issued) ? issued : null;

    /// <summary>
    /// Deletes every issued token, as a user clearing "Active Authtokens" in Zoho's accounts page would (or as
    /// v1's retirement did): data calls with them answer 4834, and they no longer count against the cap.
    /// </summary>
    public void RevokeAll()
    {
        lock (_issuing)
        {
            _byToken.Clear();
            _activePerUser.Clear();
        }
    }
}
