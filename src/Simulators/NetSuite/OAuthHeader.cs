namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The parameters of an <c>Authorization: OAuth realm="…",oauth_…="…"</c> header (RFC 5849 §3.5.1).
/// Returns null for anything that does not parse: that is a malformed header (400), not a bad login.
/// </summary>
internal static class OAuthHeader
{
    public static IReadOnlyDictionary<string, string>? Parse(string? header)
    {
        if (header is null || !header.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in header["OAuth ".Length..].Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                return null;
            }

            var name = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
            {
                return null;
            }

            // A parameter given twice is ambiguous; RFC 5849 leaves it to the server, which refuses.
            if (!result.TryAdd(name, Uri.UnescapeDataString(value[1..^1])))
            {
                return null;
            }
        }

        return result;
    }
}
