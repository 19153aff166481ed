namespace OpenElements.Simulators.NetSuite;

/// <summary>A bad <c>q</c>; the message names the problem and ends up in the 400's detail.</summary>
internal sealed class NsQueryException(string message) : Exception(message);

/// <summary>A day or instant literal as the range of instants it covers: a day covers 24 hours.</summary>
internal readonly record struct NsInstantRange(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// A parsed <c>q</c>. Literals are converted when parsed, so a bad number is a 400, not an empty page.
/// A field without a value matches no comparison, only <c>EMPTY</c>; an <c>_NOT</c> operator is the
/// plain one negated, so <c>email IS_NOT "x"</c> also returns records without an email.
/// </summary>
internal abstract record NsFilter
{
    public abstract bool Matches(NsRecord record);
}

internal sealed record NsAnd(IReadOnlyList<NsFilter> Parts) : NsFilter
{
    public override bool Matches(NsRecord record) => Parts.All(p => p.Matches(record));
}

internal sealed record NsOr(IReadOnlyList<NsFilter> Parts) : NsFilter
{
    public override bool Matches(NsRecord record) => Parts.Any(p => p.Matches(record));
}

internal sealed record NsNot(NsFilter Inner) : NsFilter
{
    public override bool Matches(NsRecord record) => !Inner.Matches(record);
}

internal sealed record NsEmpty(NsField Field) : NsFilter
{
    public override bool Matches(NsRecord record) => record[Field.Name] is null or "";
}

/// <summary>IS, CONTAIN, START_WITH, END_WITH on text, ignoring case as NetSuite searches do.</summary>
// REVIEW: [M] case-insensitive text matching, as in the UI's searches.
internal sealed record NsText(NsField Field, string Operator, string Value) : NsFilter
{
    public override bool Matches(NsRecord record) => record[Field.Name] is string text && Operator switch
    {
        "IS" => text.Equals(Value, StringComparison.OrdinalIgnoreCase),
        "CONTAIN" => text.Contains(Value, StringComparison.OrdinalIgnoreCase),
        "START_WITH" => text.StartsWith(Value, StringComparison.OrdinalIgnoreCase),
        "END_WITH" => text.EndsWith(Value, StringComparison.OrdinalIgnoreCase),
        _ => throw new InvalidOperationException(Operator),
    };
}

/// <summary>EQUAL, GREATER…, BETWEEN/WITHIN (inclusive), ANY_OF on numbers and internal ids.</summary>
internal sealed record NsNumber(NsField Field, string Operator, IReadOnlyList<decimal> Values) : NsFilter
{
    public override bool Matches(NsRecord record)
    {
        if (record[Field.Name] switch { long l => l, decimal d => d, _ => (decimal?)null } is not { } value)
        {
            return false;
        }

        return Operator switch
        {
            "EQUAL" => value == Values[0],
            "GREATER" => value > Values[0],
            "GREATER_OR_EQUAL" => value >= Values[0],
            "LESS" => value < Values[0],
            "LESS_OR_EQUAL" => value <= Values[0],
            "BETWEEN" or "WITHIN" => value >= Values[0] && value <= Values[1],
            "ANY_OF" => Values.Contains(value),
            _ => throw new InvalidOperationException(Operator),
        };
    }
}

/// <summary>
/// AFTER, BEFORE, ON, ON_OR_AFTER, ON_OR_BEFORE, WITHIN on dates and date-times. A literal covers a
/// range (a whole day, or one second), so <c>AFTER "1/1/2024"</c> starts on January 2nd.
/// </summary>
internal sealed record NsDate(NsField Field, string Operator, IReadOnlyList<NsInstantRange> Values) : NsFilter
{
    public override bool Matches(NsRecord record)
    {
        DateTimeOffset? value = record[Field.Name] switch
        {
            DateTimeOffset t => t,
            DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            _ => null,
        };
        if (value is not { } v)
        {
            return false;
        }

        var range = Values[0];
        return Operator switch
        {
            "ON" => v >= range.Start && v < range.End,
            "AFTER" => v >= range.End,
            "ON_OR_AFTER" => v >= range.Start,
            "BEFORE" => v < range.Start,
            "ON_OR_BEFORE" => v < range.End,
            "WITHIN" => v >= range.Start && v < Values[1].End,
            _ => throw new InvalidOperationException(Operator),
        };
    }
}

internal sealed record NsBoolean(NsField Field, bool Value) : NsFilter
{
    public override bool Matches(NsRecord record) => record[Field.Name] is bool b && b == Value;
}

/// <summary>A reference compared by its target's id (ANY_OF, EQUAL or IS).</summary>
internal sealed record NsReference(NsField Field, IReadOnlyList<string> Ids) : NsFilter
{
    public override bool Matches(NsRecord record) => record[Field.Name] is NsRef r && Ids.Contains(r.Id, StringComparer.OrdinalIgnoreCase);
}
