using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// CEQL's reference semantics, applied to records in memory. The translators aim for the same
/// answers; tests hold them to it.
/// <list type="bullet">
/// <item>A missing or JSON-null field fails every comparison, <c>!=</c>, <c>NOT IN</c> and <c>NOT LIKE</c>
/// included (SQL's three-valued logic); only <c>IS NULL</c> matches it. An empty string is not null.</item>
/// <item>Text compares case-insensitively (ordinal, invariant upper-casing): the vendors behind the
/// platform (NetSuite IS, Zoho equals, SugarCRM on MySQL) do, so a filter means the same everywhere.</item>
/// <item>A number literal against a JSON number, or a numeric string, compares as a number.</item>
/// <item>Two strings that both read as ISO-8601 dates compare as instants, so offsets do not matter;
/// a day alone is midnight UTC.</item>
/// <item>Values that cannot be compared (a boolean with a number, an object with anything) are
/// unequal: <c>=</c>, <c>&lt;</c> and friends are false, <c>!=</c> is true.</item>
/// </list>
/// </summary>
public static class CeqlEvaluator
{
    /// <summary>True when the record whose fields <paramref name="field"/> returns matches <paramref name="expression"/>.</summary>
    public static bool Matches(CeqlExpression expression, Func<string, JsonNode?> field) => expression switch
    {
        CeqlAnd and => and.Operands.All(o => Matches(o, field)),
        CeqlOr or => or.Operands.Any(o => Matches(o, field)),
        CeqlIsNull isNull => IsNull(field(isNull.Field)) != isNull.Negated,
        CeqlComparison c => Compare(field(c.Field), c.Operator, c.Value),
        CeqlIn @in => In(field(@in.Field), @in),
        CeqlLike like => Like(field(like.Field), like),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, null),
    };

    private static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    private static bool Compare(JsonNode? node, CeqlOperator op, CeqlValue value)
    {
        if (IsNull(node))
        {
            return false;
        }

        var order = Order(node!, value);
        return op switch
        {
            CeqlOperator.Equal => order == 0,
            CeqlOperator.NotEqual => order != 0,
            CeqlOperator.Less => order < 0,
            CeqlOperator.LessOrEqual => order <= 0,
            CeqlOperator.Greater => order > 0,
            CeqlOperator.GreaterOrEqual => order >= 0,
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
        };
    }

    private static bool In(JsonNode? node, CeqlIn @in) =>
        !IsNull(node) && @in.Values.Any(v => Order(node!, v) == 0) != @in.Negated;

    private static bool Like(JsonNode? node, CeqlLike like)
    {
        if (IsNull(node))
        {
            return false;
        }

        // Only text can match a pattern; anything else is simply not like it.
        var matches = node!.GetValueKind() == JsonValueKind.String && LikePattern.Matches(node.GetValue<string>(), like.Pattern);
        return matches != like.Negated;
    }

    /// <summary>Sign of field − literal, or null when the two cannot be compared.</summary>
    private static int? Order(JsonNode node, CeqlValue value)
    {
        var kind = node.GetValueKind();
        switch (kind)
        {
            case JsonValueKind.Number:
                return Number(node.ToJsonString()) is { } n && NumberOf(value) is { } m ? n.CompareTo(m) : null;
            case JsonValueKind.True or JsonValueKind.False:
                return BooleanOf(value) is { } b ? (kind == JsonValueKind.True).CompareTo(b) : null;
            case JsonValueKind.String:
                var text = node.GetValue<string>();
                return value switch
                {
                    CeqlNumber number => Number(text) is { } parsed ? parsed.CompareTo(number.Value) : null,
                    CeqlBoolean boolean => bool.TryParse(text, out var flag) ? flag.CompareTo(boolean.Value) : null,
                    CeqlString s when CeqlDate.TryParse(text, out var left) && CeqlDate.TryParse(s.Value, out var right) =>
                        left.Instant.CompareTo(right.Instant),
                    CeqlString s => Math.Sign(string.Compare(text, s.Value, StringComparison.OrdinalIgnoreCase)),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static decimal? NumberOf(CeqlValue value) => value switch
    {
        CeqlNumber number => number.Value,
        CeqlString text => Number(text.Value),
        _ => null,
    };

    private static bool? BooleanOf(CeqlValue value) => value switch
    {
        CeqlBoolean boolean => boolean.Value,
        CeqlString text when bool.TryParse(text.Value, out var flag) => flag,
        _ => null,
    };

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}
