using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Verifies a SOAP <c>tokenPassport</c> header (vendors.md 1.2.2). Its signature is not the OAuth one:
/// Base64(HMAC-SHA256(consumerSecret&amp;tokenSecret, account&amp;consumerKey&amp;token&amp;nonce&amp;timestamp)).
/// Every refusal is the same INVALID_LOGIN_ATTEMPT fault, as NetSuite gives no reason to the caller.
/// </summary>
public sealed partial class TokenPassportVerifier(TbaCredentials credentials, NonceRegistry nonces, TimeProvider time, NetSuiteSimulatorOptions options)
{
    /// <summary>Null when accepted; otherwise why (for tests and logs, never sent).</summary>
    public string? Verify(XElement tokenPassport)
    {
        var account = SoapXml.Value(tokenPassport, "account");
        var consumerKey = SoapXml.Value(tokenPassport, "consumerKey");
        var token = SoapXml.Value(tokenPassport, "token");
        var nonce = SoapXml.Value(tokenPassport, "nonce");
        var timestampText = SoapXml.Value(tokenPassport, "timestamp");
        var signatureElement = SoapXml.Child(tokenPassport, "signature");
        if (account is null || consumerKey is null || token is null || nonce is null || timestampText is null || signatureElement is null)
        {
            return "a tokenPassport element is missing";
        }

        if (!NonceShape().IsMatch(nonce))
        {
            return "nonce must be 6-64 alphanumeric characters";
        }

        if ((string?)signatureElement.Attribute("algorithm") != "HMAC-SHA256")
        {
            return "signature algorithm must be HMAC-SHA256";
        }

        if (!string.Equals(account, credentials.Realm, StringComparison.OrdinalIgnoreCase))
        {
            return "account is not this account";
        }

        if (consumerKey != credentials.ConsumerKey || token != credentials.TokenId)
        {
            return "unknown consumer key or token";
        }

        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > options.ClockSkew)
        {
            return "timestamp is outside the accepted window";
        }

        byte[] received;
        try
        {
            received = Convert.FromBase64String(signatureElement.Value.Trim());
        }
        catch (FormatException)
        {
            return "signature is not Base64";
        }

        // The account is signed as the client wrote it; NetSuite compares it case-insensitively above.
        var expected = Sign(account, consumerKey, token, nonce, timestampText, credentials.ConsumerSecret, credentials.TokenSecret);
        if (!CryptographicOperations.FixedTimeEquals(expected, received))
        {
            return "signature mismatch";
        }

        return nonces.TryUse(token, nonce, options.ClockSkew) ? null : "nonce already used";
    }

    public static byte[] Sign(string account, string consumerKey, string token, string nonce, string timestamp, string consumerSecret, string tokenSecret) =>
        HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(consumerSecret + "&" + tokenSecret),
            Encoding.UTF8.GetBytes(string.Join('&', account, consumerKey, token, nonce, timestamp)));

    [GeneratedRegex("^[A-Za-z0-9]{6,64}$")]
    private static partial Regex NonceShape();
}
