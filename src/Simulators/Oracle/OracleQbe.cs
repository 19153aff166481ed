using System.Text.RegularExpressions;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// REST framework version 1 <c>q</c>: query-by-example, <c>Attr=value;Attr2&gt;=value</c> with <c>;</c>
/// meaning AND. One attribute may carry a range, <c>Deptno&gt;=10 and &lt;=30</c> (Oracle's own example).
/// Values are raw text up to the next <c>;</c>, optionally in single quotes.
/// </summary>
internal static partial class OracleQbe
{
    public static OracleFilter Parse(string q, OracleResource resource)
    {
        var parts = new List<OracleFilter>();
        foreach (var condition in Split(q))
        {
            var match = Condition().Match(condition);
            if (!match.Success)
            {
                throw new OracleQueryException($"'{condition.Trim()}' is not an attribute, an operator and a value.");
            }

            var field = resource.Field(match.Groups["attr"].Value)
                ?? throw new OracleQueryException($"{match.Groups["attr"].Value} is not an attribute of {resource.Name}.");
            parts.Add(Range(field, match.Groups["op"].Value, match.Groups["rest"].Value));
        }

        return parts.Count == 1 ? parts[0] : new OracleAnd(parts);
    }

    // "10 and <=30": the first value, then further (joiner, operator, value) triples on the same attribute.
    private static OracleFilter Range(OracleField field, string op, string rest)
    {
        var pieces = Joiner().Split(rest);
        OracleFilter filter = Leaf(field, op, pieces[0]);
        for (var i = 1; i + 1 < pieces.Length; i += 2)
        {
            var next = OperatorPrefix().Match(pieces[i + 1]);
            var leaf = Leaf(field, next.Groups[1].Value, pieces[i + 1][next.Length..]);
            filter = pieces[i].Equals("and", StringComparison.OrdinalIgnoreCase) ? new OracleAnd([filter, leaf]) : new OracleOr([filter, leaf]);
        }

        return filter;
    }

    private static OracleFilter Leaf(OracleField field, string op, string raw)
    {
        var text = Unquote(raw.Trim());
        if (text.Length == 0)
        {
            throw new OracleQueryException($"Attribute {field.Name} has no value after '{op}'.");
        }

        // REVIEW: [M] QBE wildcards: '=' with '%' or '*' in a text value is a LIKE, as in ADF's QBE rows.
        if (op == "=" && field.Type == OracleType.Text && text.IndexOfAny(['%', '*']) >= 0)
        {
            return new OracleLike(field, text);
        }

        return new OracleCompare(field, op, OracleValues.Parse(field, text));
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[^1] == '\'' ? text[1..^1].Replace("''", "'", StringComparison.Ordinal) : text;

    /// <summary>Splits on <c>;</c> outside single quotes; an empty piece (<c>a=1;;b=2</c>) is an error.</summary>
    private static List<string> Split(string q)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= q.Length; i++)
        {
            if (i < q.Length && q[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (i == q.Length || (q[i] == ';' && !quoted))
            {
                var part = q[start..i];
                if (part.Trim().Length == 0)
                {
                    throw new OracleQueryException("An empty condition between ';' separators.");
                }

                parts.Add(part);
                start = i + 1;
            }
        }

        return parts;
    }

    [GeneratedRegex(@"^\s*(?<attr>[A-Za-z_][A-Za-z0-9_]*)\s*(?<op>>=|<=|<>|!=|=|>|<)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\s+(and|or)\s+(?=(?:>=|<=|<>|!=|=|>|<))", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^\s*(>=|<=|<>|!=|=|>|<)")]
    private static partial Regex OperatorPrefix();
}
