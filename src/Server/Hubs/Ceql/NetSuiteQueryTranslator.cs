namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// CEQL → NetSuite REST record API <c>q</c> (vendors.md §1.4): <c>field OPERATOR value</c> joined by
/// <c>AND</c>/<c>OR</c> with parentheses; operators are chosen by field type, and text and dates go
/// in double quotes.
/// </summary>
public sealed class NetSuiteQueryTranslator : ICeqlTranslator
{
    public string Vendor => "NetSuite";

    public VendorFilter Translate(CeqlExpression expression, IFieldMap fields) =>
        new("q", InfixWriter.Write(expression, " AND ", " OR ", leaf => Leaf(leaf, fields)));

    private Infix Leaf(CeqlExpression leaf, IFieldMap fields)
    {
        switch (leaf)
        {
            case CeqlIsNull isNull:
                // EMPTY / EMPTY_NOT take no value.
                var empty = CeqlTranslation.Resolve(isNull.Field, fields, Vendor);
                return Infix.Leaf($"{empty.Name} {(isNull.Negated ? "EMPTY_NOT" : "EMPTY")}");
            case CeqlComparison c:
                var field = CeqlTranslation.Resolve(c.Field, fields, Vendor);
                return Compare(field, c.Operator, CeqlTranslation.Comparand(field, c.Operator, c.Value, Vendor));
            case CeqlIn @in:
                return In(CeqlTranslation.Resolve(@in.Field, fields, Vendor), @in);
            case CeqlLike like:
                return Like(CeqlTranslation.Resolve(like.Field, fields, Vendor), like);
            default:
                throw new ArgumentOutOfRangeException(nameof(leaf), leaf.GetType().Name, null);
        }
    }

    private Infix Compare(FieldRef field, CeqlOperator op, NativeValue value)
    {
        var negate = op == CeqlOperator.NotEqual;
        var name = (field.Type, op) switch
        {
            (CeqlFieldType.String or CeqlFieldType.Boolean, CeqlOperator.Equal or CeqlOperator.NotEqual) => "IS",
            (CeqlFieldType.String, _) => throw CeqlTranslation.Unsupported(Vendor, $"'{op.Symbol()}'", field,
                "text fields only have IS, CONTAIN, START_WITH and END_WITH"),
            (CeqlFieldType.Reference, _) => "ANY_OF",
            (CeqlFieldType.Number, CeqlOperator.Equal or CeqlOperator.NotEqual) => "EQUAL",
            (CeqlFieldType.Number, CeqlOperator.Less) => "LESS",
            (CeqlFieldType.Number, CeqlOperator.LessOrEqual) => "LESS_OR_EQUAL",
            (CeqlFieldType.Number, CeqlOperator.Greater) => "GREATER",
            (CeqlFieldType.Number, CeqlOperator.GreaterOrEqual) => "GREATER_OR_EQUAL",
            (CeqlFieldType.Date, CeqlOperator.Equal or CeqlOperator.NotEqual) => DayOperator(field, op, value),
            (CeqlFieldType.Date, CeqlOperator.Less) => "BEFORE",
            (CeqlFieldType.Date, CeqlOperator.LessOrEqual) => "ON_OR_BEFORE",
            (CeqlFieldType.Date, CeqlOperator.Greater) => "AFTER",
            (CeqlFieldType.Date, CeqlOperator.GreaterOrEqual) => "ON_OR_AFTER",
            _ => throw new InvalidOperationException($"{field.TypeName} '{op.Symbol()}' passed the type checks"),
        };

        var literal = field.Type == CeqlFieldType.Reference ? $"[{Literal(value)}]" : Literal(value);
        return Infix.Leaf($"{field.Name} {name}{(negate ? "_NOT" : "")} {literal}");
    }

    /// <summary>
    /// NetSuite's ON compares whole days, so it means CEQL's <c>=</c> only when the literal is a day.
    /// REVIEW: a date-time field ON a day matches the whole day, where the evaluator would match only
    /// midnight; NetSuite offers nothing closer.
    /// </summary>
    private string DayOperator(FieldRef field, CeqlOperator op, NativeValue value) =>
        value is NativeDate { Date.HasTime: false }
            ? "ON"
            : throw CeqlTranslation.Unsupported(Vendor, $"'{op.Symbol()}' with a date-time", field,
                "its ON operator compares whole days; compare with a date such as '2024-01-31', or use >= and <");

    private Infix In(FieldRef field, CeqlIn @in)
    {
        var values = CeqlTranslation.Convert(@in.Values, field, Vendor);
        if (field.Type is CeqlFieldType.Number or CeqlFieldType.Reference)
        {
            // REVIEW: the bracketed list follows NetSuite's BETWEEN/ANY_OF examples; vendors.md marks
            // only the operator names as verified.
            return Infix.Leaf($"{field.Name} {(@in.Negated ? "ANY_OF_NOT" : "ANY_OF")} [{string.Join(", ", values.Select(Literal))}]");
        }

        // Text, booleans and dates have no ANY_OF: spell IN out as ORs (NOT IN as ANDs of IS_NOT).
        var op = @in.Negated ? CeqlOperator.NotEqual : CeqlOperator.Equal;
        return Infix.Join(values.Select(v => Compare(field, op, v)).ToList(), @in.Negated ? " AND " : " OR ");
    }

    private Infix Like(FieldRef field, CeqlLike like)
    {
        var pattern = CeqlTranslation.Like(field, like, Vendor);
        var op = pattern.Shape switch
        {
            LikeShape.Exact => "IS",
            LikeShape.StartsWith => "START_WITH",
            LikeShape.EndsWith => "END_WITH",
            LikeShape.Contains => "CONTAIN",
            _ => throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "only 'text%', '%text' and '%text%' map to its START_WITH, END_WITH and CONTAIN"),
        };
        return Infix.Leaf($"{field.Name} {op}{(like.Negated ? "_NOT" : "")} {Quote(pattern.Text)}");
    }

    private static string Literal(NativeValue value) => value switch
    {
        NativeText t => Quote(t.Text),
        NativeNumber n => n.Text,
        NativeBoolean b => b.Text,
        NativeDate d => Quote(d.Date.Iso("Z")),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    /// <summary>
    /// REVIEW: NetSuite documents double-quoted values but not how to put a quote inside one;
    /// backslash escaping is the common convention and keeps the value from ending early.
    /// </summary>
    private static string Quote(string text) =>
        $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
