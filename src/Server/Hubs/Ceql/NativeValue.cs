namespace OpenElements.Server.Hubs.Ceql;

/// <summary>A CEQL literal converted to its field's type, ready for a translator to spell.</summary>
internal abstract record NativeValue;

internal sealed record NativeText(string Text) : NativeValue;

internal sealed record NativeNumber(decimal Value, string Text) : NativeValue;

internal sealed record NativeBoolean(bool Value) : NativeValue
{
    public string Text => Value ? "true" : "false";
}

internal sealed record NativeDate(CeqlDateValue Date) : NativeValue;

/// <summary>A field as the translator sees it: the CEQL name (for messages) and the vendor's field.</summary>
internal sealed record FieldRef(string Ceql, string Name, CeqlFieldType Type)
{
    public string TypeName => Type switch
    {
        CeqlFieldType.String => "text",
        CeqlFieldType.Number => "number",
        CeqlFieldType.Boolean => "boolean",
        CeqlFieldType.Date => "date",
        _ => "reference",
    };
}
