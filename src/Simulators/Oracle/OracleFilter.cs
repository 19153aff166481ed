using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenElements.Simulators.Oracle;

/// <summary>A <c>q</c> that cannot be parsed or does not fit the resource; the message names the problem.</summary>
internal sealed class OracleQueryException(string message) : Exception(message);

/// <summary>
/// A parsed <c>q</c>, whichever syntax it came in. Literals are converted to the attribute's type when
/// parsed, so a bad date is a 400 rather than a row that silently never matches. A null attribute value
/// matches no comparison (SQL's rule), only <c>IS NULL</c>.
/// </summary>
internal abstract record OracleFilter
{
    public abstract bool Matches(OracleRow row);
}

internal sealed record OracleAnd(IReadOnlyList<OracleFilter> Parts) : OracleFilter
{
    public override bool Matches(OracleRow row) => Parts.All(p => p.Matches(row));
}

internal sealed record OracleOr(IReadOnlyList<OracleFilter> Parts) : OracleFilter
{
    public override bool Matches(OracleRow row) => Parts.Any(p => p.Matches(row));
}

/// <summary><c>= &lt;&gt; &gt; &gt;= &lt; &lt;=</c> on a typed value; text compares ordinally (case matters).</summary>
// REVIEW: [M] ADF compares text case-sensitively unless the query uses UPPER(); the simulator has no functions.
internal sealed record OracleCompare(OracleField Field, string Operator, object Value) : OracleFilter
{
    public override bool Matches(OracleRow row)
    {
        if (row[Field.Name] is not { } actual)
        {
            return false;
        }

        var order = OracleValues.Compare(actual, Value);
        return Operator switch
        {
            "=" => order == 0,
            "<>" or "!=" => order != 0,
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            "<=" => order <= 0,
            _ => throw new InvalidOperationException("operator " + Operator),
        };
    }
}

internal sealed record OracleIn(OracleField Field, IReadOnlyList<object> Values) : OracleFilter
{
    public override bool Matches(OracleRow row) =>
        row[Field.Name] is { } actual && Values.Any(v => OracleValues.Compare(actual, v) == 0);
}

internal sealed record OracleIsNull(OracleField Field, bool Negated) : OracleFilter
{
    public override bool Matches(OracleRow row) => row[Field.Name] is null != Negated;
}

/// <summary>SQL LIKE on text: <c>%</c> any run, <c>_</c> one character.</summary>
internal sealed record OracleLike(OracleField Field, string Pattern) : OracleFilter
{
    private readonly Regex _regex = ToRegex(Pattern);

    public override bool Matches(OracleRow row) => row[Field.Name] is string text && _regex.IsMatch(text);

    // REVIEW: [M] '*' is taken as a second any-run wildcard, as ADF's query-by-example does.
    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(c switch
            {
                '%' or '*' => ".*",
                '_' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}

/// <summary>Literal conversion and ordering of stored values.</summary>
internal static class OracleValues
{
    public static int Compare(object actual, object expected) => (actual, expected) switch
    {
        (string a, string e) => string.CompareOrdinal(a, e),
        (long a, long e) => a.CompareTo(e),
        (decimal a, decimal e) => a.CompareTo(e),
        (DateTimeOffset a, DateTimeOffset e) => a.CompareTo(e),
        (DateOnly a, DateOnly e) => a.CompareTo(e),
        (bool a, bool e) => a.CompareTo(e),
        _ => throw new InvalidOperationException($"{actual.GetType().Name} compared with {expected.GetType().Name}"),
    };

    /// <summary>A literal as the attribute's type; the exception message says which value and why.</summary>
    public static object Parse(OracleField field, string text)
    {
        object? value = field.Type switch
        {
            OracleType.Text => text,
            OracleType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            OracleType.Number => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null,
            OracleType.DateTime => ParseInstant(text),
            OracleType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : ParseInstant(text) is { } instant ? DateOnly.FromDateTime(instant.UtcDateTime) : null,
            OracleType.Boolean => bool.TryParse(text, out var b) ? b : null,
            _ => null,
        };
        return value ?? throw new OracleQueryException($"The value '{text}' is not a valid {Describe(field.Type)} for attribute {field.Name}.");
    }

    public static string Describe(OracleType type) => type switch
    {
        OracleType.Integer => "integer",
        OracleType.Number => "number",
        OracleType.DateTime => "date-time (yyyy-MM-ddTHH:mm:ss±hh:mm)",
        OracleType.Date => "date (yyyy-MM-dd)",
        OracleType.Boolean => "boolean",
        _ => "text",
    };

    /// <summary>ISO-8601 with or without an offset (none means UTC), or a bare day at midnight UTC.</summary>
    private static DateTimeOffset? ParseInstant(string text) =>
        text.Length >= 10 && char.IsAsciiDigit(text[0])
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;
}
