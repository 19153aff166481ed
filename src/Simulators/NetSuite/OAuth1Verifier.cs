using System.Security.Cryptography;
using System.Text;

namespace OpenElements.Simulators.NetSuite;

/// <summary>How a TBA request fared: accepted, malformed (400 invalid_request) or refused (401 INVALID_LOGIN).</summary>
public enum TbaOutcome
{
    Accepted,
    Malformed,
    Rejected,
}

/// <summary>The verdict plus why, for logs and tests only: NetSuite never tells the caller the reason.</summary>
public sealed record TbaVerdict(TbaOutcome Outcome, string Reason)
{
    public static TbaVerdict Ok { get; } = new(TbaOutcome.Accepted, "ok");

    public static TbaVerdict Malformed(string reason) => new(TbaOutcome.Malformed, reason);

    public static TbaVerdict Rejected(string reason) => new(TbaOutcome.Rejected, reason);
}

/// <summary>
/// Verifies NetSuite REST Token-Based Authentication (OAuth 1.0a, HMAC-SHA256 only) the way vendors.md
/// 1.2.1 describes it: the base string is rebuilt from the request as received (the https URL the
/// client signed, plus every query parameter), the timestamp must be inside the clock-skew window and
/// a nonce may be used once.
/// </summary>
public sealed class OAuth1Verifier(TbaCredentials credentials, NonceRegistry nonces, TimeProvider time, NetSuiteSimulatorOptions options)
{
    private static readonly string[] RequiredParameters =
        ["oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_timestamp", "oauth_nonce", "oauth_signature"];

    /// <param name="method">The HTTP method.</param>
    /// <param name="host">The Host header as received (the vendor host; the simulator listens on loopback).</param>
    /// <param name="rawTarget">The request target as received: path and query, still percent-encoded.</param>
    /// <param name="authorization">The Authorization header, if any.</param>
    public TbaVerdict Verify(string method, string host, string rawTarget, string? authorization)
    {
        var header = OAuthHeader.Parse(authorization);
        if (header is null)
        {
            return TbaVerdict.Malformed("no parsable OAuth Authorization header");
        }

        var missing = RequiredParameters.FirstOrDefault(p => !header.ContainsKey(p) || header[p].Length == 0);
        if (missing is not null)
        {
            return TbaVerdict.Malformed($"{missing} is missing");
        }

        if (header.TryGetValue("oauth_version", out var version) && version != "1.0")
        {
            return TbaVerdict.Malformed($"oauth_version '{version}' is not 1.0");
        }

        if (!long.TryParse(header["oauth_timestamp"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var timestamp))
        {
            return TbaVerdict.Malformed("oauth_timestamp is not a number");
        }

        // HMAC-SHA1 was withdrawn in 2023.1: a well-formed header with it is a refused login, not a bad request.
        if (header["oauth_signature_method"] != "HMAC-SHA256")
        {
            return TbaVerdict.Rejected($"signature method {header["oauth_signature_method"]} is not supported");
        }

        if (!header.TryGetValue("realm", out var realm) || !string.Equals(realm, credentials.Realm, StringComparison.OrdinalIgnoreCase))
        {
            return TbaVerdict.Rejected("realm is not this account");
        }

        if (!FixedEquals(header["oauth_consumer_key"], credentials.ConsumerKey) || !FixedEquals(header["oauth_token"], credentials.TokenId))
        {
            return TbaVerdict.Rejected("unknown consumer key or token");
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (skew.Duration() > options.ClockSkew)
        {
            return TbaVerdict.Rejected($"timestamp is {skew.TotalSeconds:0}s away from the server clock");
        }

        var baseString = BaseString(method, BaseUri(host, rawTarget), ParametersOf(header, rawTarget));
        var expected = Sign(baseString, credentials.ConsumerSecret, credentials.TokenSecret);
        byte[] received;
        try
        {
            received = Convert.FromBase64String(header["oauth_signature"]);
        }
        catch (FormatException)
        {
            return TbaVerdict.Rejected("signature is not Base64");
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, received))
        {
            return TbaVerdict.Rejected("signature mismatch");
        }

        // Only a correctly signed request consumes its nonce, so nobody can burn another client's nonces.
        return nonces.TryUse(credentials.TokenId, header["oauth_nonce"], options.ClockSkew)
            ? TbaVerdict.Ok
            : TbaVerdict.Rejected("nonce already used");
    }

    /// <summary><c>https://</c> + lower-case host without the default port + the path, no query.</summary>
    public static string BaseUri(string host, string rawTarget)
    {
        var h = host.ToLowerInvariant();
        if (h.EndsWith(":443", StringComparison.Ordinal))
        {
            h = h[..^4];
        }

        var q = rawTarget.IndexOf('?');
        return "https://" + h + (q >= 0 ? rawTarget[..q] : rawTarget);
    }

    /// <summary>Every oauth_* header parameter except the signature, plus every query parameter, decoded.</summary>
    public static List<KeyValuePair<string, string>> ParametersOf(IReadOnlyDictionary<string, string> header, string rawTarget)
    {
        var list = header.Where(p => p.Key.StartsWith("oauth_", StringComparison.Ordinal) && p.Key != "oauth_signature").ToList();
        var q = rawTarget.IndexOf('?');
        if (q >= 0)
        {
            foreach (var pair in rawTarget[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                list.Add(eq < 0
                    ? new(Rfc3986.DecodeQueryComponent(pair), "")
                    : new(Rfc3986.DecodeQueryComponent(pair[..eq]), Rfc3986.DecodeQueryComponent(pair[(eq + 1)..])));
            }
        }

        return list;
    }

    /// <summary><c>METHOD&amp;enc(base_uri)&amp;enc(sorted name=value pairs)</c>, RFC 5849 §3.4.1.</summary>
    public static string BaseString(string method, string baseUri, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var normalized = string.Join('&', parameters
            .Select(p => (Name: Rfc3986.Encode(p.Key), Value: Rfc3986.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));
        return method.ToUpperInvariant() + "&" + Rfc3986.Encode(baseUri) + "&" + Rfc3986.Encode(normalized);
    }

    public static byte[] Sign(string baseString, string consumerSecret, string tokenSecret) =>
        HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Rfc3986.Encode(consumerSecret) + "&" + Rfc3986.Encode(tokenSecret)),
            Encoding.UTF8.GetBytes(baseString));

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
