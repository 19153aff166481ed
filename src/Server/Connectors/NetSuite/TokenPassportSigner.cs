using System.Security.Cryptography;
using System.Text;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>
/// The SOAP TokenPassport signature (vendors.md 1.2.2), which is not the OAuth one:
/// Base64(HMAC-SHA256(consumerSecret&amp;tokenSecret, account&amp;consumerKey&amp;token&amp;nonce&amp;timestamp)).
/// For SOAP hub calls made with CE's TokenBasedAuthentication.
/// </summary>
public static class TokenPassportSigner
{
    public static string Sign(string account, string consumerKey, string token, string nonce, long timestamp, string consumerSecret, string tokenSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(consumerSecret + "&" + tokenSecret),
            Encoding.UTF8.GetBytes(string.Join('&', account, consumerKey, token, nonce, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
}
