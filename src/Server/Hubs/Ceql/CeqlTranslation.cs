using System.Globalization;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// What every translator does the same way: look fields up, convert literals to the field's type,
/// refuse what no vendor can do (ordering booleans and references, LIKE on non-text), and word the
/// refusals "{vendor} cannot express {construct} on '{field}': {why}".
/// </summary>
internal static class CeqlTranslation
{
    public static FieldRef Resolve(string field, IFieldMap fields, string vendor) =>
        fields.Find(field) is { } found
            ? new FieldRef(field, found.Name, found.Type)
            : throw new CeqlUnsupportedException(vendor, $"{vendor} cannot filter on '{field}': the field is not known for this object");

    public static CeqlUnsupportedException Unsupported(string vendor, string construct, FieldRef field, string why) =>
        new(vendor, $"{vendor} cannot express {construct} on '{field.Ceql}': {why}");

    public static string Construct(CeqlLike like) => $"{(like.Negated ? "NOT LIKE" : "LIKE")} {CeqlText.Quote(like.Pattern)}";

    /// <summary>Checks the operator suits the field's type, then converts the literal.</summary>
    public static NativeValue Comparand(FieldRef field, CeqlOperator op, CeqlValue value, string vendor)
    {
        if (op.IsOrdering() && field.Type is CeqlFieldType.Boolean or CeqlFieldType.Reference)
        {
            throw Unsupported(vendor, $"'{op.Symbol()}'", field, $"a {field.TypeName} field has no order");
        }

        return Convert(value, field, vendor);
    }

    public static IReadOnlyList<NativeValue> Convert(IEnumerable<CeqlValue> values, FieldRef field, string vendor) =>
        values.Select(v => Convert(v, field, vendor)).ToList();

    public static LikeAnalysis Like(FieldRef field, CeqlLike like, string vendor) =>
        field.Type == CeqlFieldType.String
            ? LikePattern.Analyze(like.Pattern)
            : throw Unsupported(vendor, Construct(like), field, $"LIKE needs a text field, and this is a {field.TypeName} field");

    /// <summary>
    /// Literal → field type. Lenient where the meaning is plain ('42' for a number, 42 for text,
    /// 'true' for a boolean), strict otherwise: a date must be ISO-8601.
    /// </summary>
    public static NativeValue Convert(CeqlValue value, FieldRef field, string vendor)
    {
        NativeValue? converted = (field.Type, value) switch
        {
            (CeqlFieldType.String, CeqlString s) => new NativeText(s.Value),
            (CeqlFieldType.String, CeqlNumber n) => new NativeText(n.Text),
            (CeqlFieldType.String, CeqlBoolean b) => new NativeText(b.ToString()),
            (CeqlFieldType.Number or CeqlFieldType.Reference, CeqlNumber n) => new NativeNumber(n.Value, n.Text),
            (CeqlFieldType.Number, CeqlString s) when TryNumber(s.Value, out var n) => new NativeNumber(n, s.Value.Trim()),
            (CeqlFieldType.Reference, CeqlString s) => new NativeText(s.Value),
            (CeqlFieldType.Boolean, CeqlBoolean b) => new NativeBoolean(b.Value),
            (CeqlFieldType.Boolean, CeqlString s) when bool.TryParse(s.Value, out var b) => new NativeBoolean(b),
            (CeqlFieldType.Date, CeqlString s) when CeqlDate.TryParse(s.Value, out var d) => new NativeDate(d),
            _ => null,
        };

        return converted ?? throw new CeqlUnsupportedException(vendor,
            $"{vendor} cannot compare {field.TypeName} field '{field.Ceql}' with {value}: expected {Expectation(field.Type)}");
    }

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out number);

    private static string Expectation(CeqlFieldType type) => type switch
    {
        CeqlFieldType.Number => "a number",
        CeqlFieldType.Boolean => "true or false",
        CeqlFieldType.Date => "an ISO-8601 date in quotes, such as '2024-01-31' or '2024-01-31T12:00:00Z'",
        CeqlFieldType.Reference => "an id",
        _ => "text",
    };
}
