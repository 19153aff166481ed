using System.Text.RegularExpressions;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>Writes CEQL back out: quoting, back-ticks and parentheses for <c>ToString</c>.</summary>
internal static partial class CeqlText
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "TRUE", "FALSE",
    };

    public static bool IsKeyword(string word) => Keywords.Contains(word);

    public static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    public static string Field(string name) =>
        BareField().IsMatch(name) && !IsKeyword(name) ? name : $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";

    public static string Join(IReadOnlyList<CeqlExpression> operands, string separator) =>
        string.Join(separator, operands.Select(o => o is CeqlAnd or CeqlOr ? $"({o})" : o.ToString()));

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_.\-]*$")]
    private static partial Regex BareField();
}
