namespace OpenElements.Server.Hubs.Ceql;

/// <summary>Zoho's criteria (v1 and v2) escape their special characters with a backslash; only the set differs.</summary>
internal static class BackslashEscape
{
    /// <summary><paramref name="text"/> with a backslash before every backslash and every character in <paramref name="specials"/>.</summary>
    public static string Apply(string text, string specials)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\\' || specials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
