using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>A parsed <c>conditions</c> expression; <see cref="Matches"/> evaluates it against one entity.</summary>
internal abstract record Condition
{
    public abstract bool Matches(JsonObject entity);
}

internal sealed record AndCondition(Condition Left, Condition Right) : Condition
{
    public override bool Matches(JsonObject entity) => Left.Matches(entity) && Right.Matches(entity);
}

internal sealed record OrCondition(Condition Left, Condition Right) : Condition
{
    public override bool Matches(JsonObject entity) => Left.Matches(entity) || Right.Matches(entity);
}

internal sealed record NotCondition(Condition Inner) : Condition
{
    public override bool Matches(JsonObject entity) => !Inner.Matches(entity);
}

/// <summary>A literal: text, number, boolean, date (<c>[…]</c>) or null.</summary>
internal sealed record Literal(JsonValueKind Kind, string Text, decimal Number = 0, DateTimeOffset Date = default, bool IsDate = false)
{
    public static readonly Literal Null = new(JsonValueKind.Null, "null");
}

/// <summary>
/// <c>path op value</c>. Over SQL's semantics: a field that is null or missing matches nothing but
/// <c>= null</c>; a path through an array matches when any element does.
/// </summary>
internal sealed record Comparison(string[] Path, string Operator, IReadOnlyList<Literal> Values) : Condition
{
    private readonly Regex? _like = Operator is "like" or "not like" ? LikeRegex(Values[0].Text) : null;

    public override bool Matches(JsonObject entity)
    {
        if (Values is [{ Kind: JsonValueKind.Null }])
        {
            // A reference such as owner is null when unset, so = null asks about objects too.
            var exists = JsonPaths.Exists(entity, Path);
            return Operator == "=" ? !exists : Operator == "!=" && exists;
        }

        return JsonPaths.Values(entity, Path).Any(Test);
    }

    private bool Test(JsonValue value) => Operator switch
    {
        "=" => Compare(value, Values[0]) == 0,
        "!=" => Compare(value, Values[0]) is int c && c != 0,
        "<" => Compare(value, Values[0]) < 0,
        "<=" => Compare(value, Values[0]) <= 0,
        ">" => Compare(value, Values[0]) > 0,
        ">=" => Compare(value, Values[0]) >= 0,
        "contains" => JsonPaths.Text(value).Contains(Values[0].Text, StringComparison.OrdinalIgnoreCase),
        "not contains" => !JsonPaths.Text(value).Contains(Values[0].Text, StringComparison.OrdinalIgnoreCase),
        "like" => _like!.IsMatch(JsonPaths.Text(value)),
        "not like" => !_like!.IsMatch(JsonPaths.Text(value)),
        "in" => Values.Any(v => Compare(value, v) == 0),
        "not in" => Values.All(v => Compare(value, v) is int c && c != 0),
        _ => false,
    };

    /// <summary>Orders a stored value against a literal by the literal's type; null when they cannot be compared.</summary>
    private static int? Compare(JsonValue value, Literal literal)
    {
        if (literal.IsDate)
        {
            return DateTimeOffset.TryParse(JsonPaths.Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.CompareTo(literal.Date)
                : null;
        }

        return literal.Kind switch
        {
            JsonValueKind.Number => JsonPaths.Number(value) is { } number ? number.CompareTo(literal.Number) : null,
            JsonValueKind.True or JsonValueKind.False => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? value.GetValue<bool>().CompareTo(literal.Kind == JsonValueKind.True)
                : null,
            // A quoted number against a numeric field compares as numbers, as SQL Server converts it.
            _ when value.GetValueKind() == JsonValueKind.Number && decimal.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) =>
                JsonPaths.Number(value)!.Value.CompareTo(n),
            _ => StringComparer.OrdinalIgnoreCase.Compare(JsonPaths.Text(value), literal.Text),
        };
    }

    // REVIEW: [S] like runs on SQL Server, so '%' and '_' are its wildcards; '*' is taken as '%' too, as
    // some clients write it.
    private static Regex LikeRegex(string pattern)
    {
        var body = string.Concat(pattern.Select(ch => ch switch
        {
            '%' or '*' => ".*",
            '_' => ".",
            _ => Regex.Escape(ch.ToString()),
        }));
        return new Regex($"^{body}$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
