using System.Text;

namespace OpenElements.Simulators.NetSuite;

/// <summary>OAuth 1.0a percent-encoding (RFC 5849 §3.6): everything but A-Z a-z 0-9 - . _ ~, upper-case hex.</summary>
internal static class Rfc3986
{
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
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Decodes a query-string or header component; '+' is a space in form encoding.</summary>
    public static string DecodeQueryComponent(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
