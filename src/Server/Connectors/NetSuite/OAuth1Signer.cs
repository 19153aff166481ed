using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>
/// Signs NetSuite Token-Based Authentication requests: OAuth 1.0a with HMAC-SHA256 (RFC 5849 plus
/// NetSuite's rules in vendors.md 1.2.1). One instance per credential set; thread-safe.
/// </summary>
public sealed class OAuth1Signer(string consumerKey, string consumerSecret, string tokenId, string tokenSecret, string realm)
{
    public const string SignatureMethod = "HMAC-SHA256";

    private const string NonceAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>An Authorization header with a fresh nonce and the current time: use one per request.</summary>
    public AuthenticationHeaderValue CreateHeader(HttpMethod method, Uri uri, TimeProvider time) =>
        CreateHeader(method, uri, NewNonce(), time.GetUtcNow().ToUnixTimeSeconds());

    /// <summary><c>OAuth realm="…",oauth_consumer_key="…",…,oauth_signature="…"</c> for a fixed nonce and time.</summary>
    public AuthenticationHeaderValue CreateHeader(HttpMethod method, Uri uri, string nonce, long timestamp)
    {
        var oauth = OAuthParameters(nonce, timestamp);
        var signature = Sign(BaseString(method.Method, uri, oauth), consumerSecret, tokenSecret);
        var parts = new List<string> { $"realm=\"{realm}\"" };
        parts.AddRange(oauth.Select(p => $"{p.Key}=\"{Encode(p.Value)}\""));
        parts.Add($"oauth_signature=\"{Encode(signature)}\"");
        return new AuthenticationHeaderValue("OAuth", string.Join(',', parts));
    }

    /// <summary>The signature base string this signer would sign (exposed for tests and diagnostics).</summary>
    public string BaseString(HttpMethod method, Uri uri, string nonce, long timestamp) =>
        BaseString(method.Method, uri, OAuthParameters(nonce, timestamp));

    /// <summary>
    /// <c>METHOD&amp;enc(base_uri)&amp;enc(params)</c>: base_uri is scheme + lower-case host (no default
    /// port) + path; params are the oauth_* values plus every query parameter, encoded and sorted.
    /// </summary>
    public static string BaseString(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> oauthParameters)
    {
        var baseUri = uri.Scheme.ToLowerInvariant() + "://" + uri.Host.ToLowerInvariant()
                      + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture))
                      + uri.AbsolutePath;
        var parameters = oauthParameters.Concat(QueryParameters(uri))
            .Select(p => (Name: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value);
        return method.ToUpperInvariant() + "&" + Encode(baseUri) + "&" + Encode(string.Join('&', parameters));
    }

    /// <summary>Base64(HMAC-SHA256(enc(consumerSecret)&amp;enc(tokenSecret), baseString)).</summary>
    public static string Sign(string baseString, string consumerSecret, string tokenSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Encode(consumerSecret) + "&" + Encode(tokenSecret)),
            Encoding.UTF8.GetBytes(baseString)));

    /// <summary>RFC 3986 percent-encoding as OAuth 1.0a requires: only A-Z a-z 0-9 - . _ ~ stay as they are.</summary>
    public static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>32 random alphanumerics: unique per request, and valid for a SOAP TokenPassport too (6–64 alnum).</summary>
    public static string NewNonce() => RandomNumberGenerator.GetString(NonceAlphabet, 32);

    private List<KeyValuePair<string, string>> OAuthParameters(string nonce, long timestamp) =>
    [
        new("oauth_consumer_key", consumerKey),
        new("oauth_token", tokenId),
        new("oauth_signature_method", SignatureMethod),
        new("oauth_timestamp", timestamp.ToString(CultureInfo.InvariantCulture)),
        new("oauth_nonce", nonce),
        new("oauth_version", "1.0"),
    ];

    // Query parameters are signed decoded-then-re-encoded, so they are decoded here ('+' is a space).
    private static IEnumerable<KeyValuePair<string, string>> QueryParameters(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? "" : pair[(eq + 1)..];
            yield return new(Decode(name), Decode(value));
        }
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
