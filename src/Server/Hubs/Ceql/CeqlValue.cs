using System.Globalization;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// A literal on the right of a comparison. CEQL has no date literal: dates are strings, and the
/// field's type (translators) or the value's shape (evaluator) decides they are dates.
/// </summary>
public abstract record CeqlValue
{
    public abstract override string ToString();
}

public sealed record CeqlString(string Value) : CeqlValue
{
    public override string ToString() => CeqlText.Quote(Value);
}

/// <summary>A number; <paramref name="Text"/> keeps it as written (<c>-1.50</c>) so vendors get the same digits.</summary>
public sealed record CeqlNumber(decimal Value, string Text) : CeqlValue
{
    public static CeqlNumber Of(decimal value) => new(value, value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => Text;
}

public sealed record CeqlBoolean(bool Value) : CeqlValue
{
    public override string ToString() => Value ? "true" : "false";
}
