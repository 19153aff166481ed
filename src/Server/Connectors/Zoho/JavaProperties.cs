using System.Text;

namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// Reads what <c>java.util.Properties.store</c> writes, which is how Zoho's accounts server answered
/// v1 authtoken requests: <c>#</c> comments, <c>key=value</c> lines, backslash escapes.
/// </summary>
internal static class JavaProperties
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').TrimStart();
            if (line.Length == 0 || line[0] is '#' or '!')
            {
                continue;
            }

            // The key ends at the first unescaped '=', ':' or blank. REVIEW: continuation lines (a trailing
            // backslash) are not joined; store() only writes them for values with newlines, which
            // AUTHTOKEN/RESULT/CAUSE never have.
            var end = 0;
            while (end < line.Length && line[end] is not ('=' or ':' or ' ' or '\t'))
            {
                end += line[end] == '\\' ? 2 : 1;
            }

            end = Math.Min(end, line.Length);
            var rest = line[end..].TrimStart();
            if (rest.Length > 0 && rest[0] is '=' or ':')
            {
                rest = rest[1..].TrimStart();
            }

            values[Unescape(line[..end])] = Unescape(rest);
        }

        return values;
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var text = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length)
            {
                text.Append(s[i]);
                continue;
            }

            var c = s[++i];
            if (c == 'u' && i + 4 < s.Length && ushort.TryParse(s.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
            {
                text.Append((char)code);
                i += 4;
                continue;
            }

            text.Append(c switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 'f' => '\f', _ => c });
        }

        return text.ToString();
    }
}
