using System.Net.Http.Headers;
using System.Text;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>ConnectWise's Basic credentials: <c>base64("{company}+{user}:{password}")</c>.</summary>
internal sealed record BasicCredentials(string Company, string User, string Password)
{
    // A record prints every member; the password must not reach a log line.
    public override string ToString() => $"BasicCredentials {{ {Company}+{User} }}";

    public static BasicCredentials? Parse(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        // Company ids and keys never contain '+' or ':', so the first of each splits the parts.
        var colon = decoded.IndexOf(':');
        var plus = colon < 0 ? -1 : decoded.IndexOf('+', 0, colon);
        return plus <= 0
            ? null
            : new BasicCredentials(decoded[..plus], decoded[(plus + 1)..colon], decoded[(colon + 1)..]);
    }
}
