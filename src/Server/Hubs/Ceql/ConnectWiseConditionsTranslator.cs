namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// CEQL → ConnectWise Manage REST <c>conditions</c> (vendors.md §4.4): <c>= != &lt; &lt;= &gt; &gt;=</c>,
/// <c>contains</c>, <c>like</c>, <c>in</c> and <c>not</c>, joined with <c>and</c>/<c>or</c>; text in
/// double quotes, dates as <c>[2024-01-01T00:00:00Z]</c>, <c>null</c> for empty.
/// </summary>
public sealed class ConnectWiseConditionsTranslator : ICeqlTranslator
{
    public string Vendor => "ConnectWise";

    public VendorFilter Translate(CeqlExpression expression, IFieldMap fields) =>
        new("conditions", InfixWriter.Write(expression, " and ", " or ", leaf => Leaf(leaf, fields)));

    private Infix Leaf(CeqlExpression leaf, IFieldMap fields)
    {
        switch (leaf)
        {
            case CeqlIsNull isNull:
                var empty = CeqlTranslation.Resolve(isNull.Field, fields, Vendor);
                return Infix.Leaf($"{empty.Name} {(isNull.Negated ? "!=" : "=")} null");
            case CeqlComparison c:
                var field = CeqlTranslation.Resolve(c.Field, fields, Vendor);
                var value = CeqlTranslation.Comparand(field, c.Operator, c.Value, Vendor);
                return Infix.Leaf($"{field.Name} {c.Operator.Symbol()} {Literal(value)}");
            case CeqlIn @in:
                var listField = CeqlTranslation.Resolve(@in.Field, fields, Vendor);
                var values = CeqlTranslation.Convert(@in.Values, listField, Vendor);
                // REVIEW: 'not in' follows the documented 'not' operator [S]; no verified example.
                return Infix.Leaf($"{listField.Name} {(@in.Negated ? "not in" : "in")} ({string.Join(", ", values.Select(Literal))})");
            case CeqlLike like:
                return Like(CeqlTranslation.Resolve(like.Field, fields, Vendor), like);
            default:
                throw new ArgumentOutOfRangeException(nameof(leaf), leaf.GetType().Name, null);
        }
    }

    private Infix Like(FieldRef field, CeqlLike like)
    {
        var pattern = CeqlTranslation.Like(field, like, Vendor);
        var not = like.Negated ? "not " : "";
        if (pattern.Shape == LikeShape.Exact)
        {
            return Infix.Leaf($"{field.Name} {(like.Negated ? "!=" : "=")} {Quote(pattern.Text)}");
        }

        // contains needs no wildcard, so '_' in the text is safe there.
        if (pattern.Shape == LikeShape.Contains)
        {
            return Infix.Leaf($"{field.Name} {not}contains {Quote(pattern.Text)}");
        }

        // REVIEW: like is SQL Server's underneath [S], where '_' matches any one character, and
        // '%' is taken to be its wildcard as in CEQL.
        return like.Pattern.Contains('_', StringComparison.Ordinal)
            ? throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "'_' is a single-character wildcard in its like, and conditions have no escape for it")
            : Infix.Leaf($"{field.Name} {not}like {Quote(like.Pattern)}");
    }

    private static string Literal(NativeValue value) => value switch
    {
        NativeText t => Quote(t.Text),
        NativeNumber n => n.Text,
        NativeBoolean b => b.Text,
        // Always a full UTC instant: conditions compare date-times, and a day alone is its midnight.
        NativeDate d => $"[{(d.Date with { HasTime = true }).Iso("Z")}]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    /// <summary>REVIEW: backslash escapes for '"' and '\' inside double quotes [M]; the clients seen never quote a quote.</summary>
    private static string Quote(string text) =>
        $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
