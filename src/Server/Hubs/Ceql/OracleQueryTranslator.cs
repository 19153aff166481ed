namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// CEQL → Oracle Sales Cloud <c>q</c> in the REST framework v2+ expression syntax (vendors.md §3.3):
/// <c>=</c>, <c>&lt;&gt;</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>LIKE</c>, <c>IN</c>, <c>IS NULL</c>, joined with
/// <c>and</c>/<c>or</c>; text and dates in single quotes. Send it with <c>REST-Framework-Version: 2</c>
/// or later: framework 1 reads <c>q</c> as query-by-example and answers 400.
/// </summary>
public sealed class OracleQueryTranslator : ICeqlTranslator
{
    public string Vendor => "Oracle Sales Cloud";

    public VendorFilter Translate(CeqlExpression expression, IFieldMap fields) =>
        new("q", InfixWriter.Write(expression, " and ", " or ", leaf => Leaf(leaf, fields)));

    private Infix Leaf(CeqlExpression leaf, IFieldMap fields)
    {
        switch (leaf)
        {
            case CeqlIsNull isNull:
                // REVIEW: vendors.md lists IS NULL; IS NOT NULL is the ADF framework's companion form [M].
                var empty = CeqlTranslation.Resolve(isNull.Field, fields, Vendor);
                return Infix.Leaf($"{empty.Name} {(isNull.Negated ? "IS NOT NULL" : "IS NULL")}");
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

    // '<>' rather than '!=': it is the spelling the v2 operator list gives.
    private static Infix Compare(FieldRef field, CeqlOperator op, NativeValue value) =>
        Infix.Leaf($"{field.Name} {(op == CeqlOperator.NotEqual ? "<>" : op.Symbol())} {Literal(value)}");

    private static Infix In(FieldRef field, CeqlIn @in)
    {
        var values = CeqlTranslation.Convert(@in.Values, field, "Oracle Sales Cloud");
        if (!@in.Negated)
        {
            return Infix.Leaf($"{field.Name} IN ({string.Join(", ", values.Select(Literal))})");
        }

        // No documented NOT IN: the same condition as ANDs of '<>'.
        return Infix.Join(values.Select(v => Compare(field, CeqlOperator.NotEqual, v)).ToList(), " and ");
    }

    private Infix Like(FieldRef field, CeqlLike like)
    {
        var pattern = CeqlTranslation.Like(field, like, Vendor);
        if (pattern.Shape == LikeShape.Exact)
        {
            return Compare(field, like.Negated ? CeqlOperator.NotEqual : CeqlOperator.Equal, new NativeText(pattern.Text));
        }

        if (like.Negated)
        {
            throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "its documented q syntax has LIKE but no NOT LIKE");
        }

        // Oracle's LIKE is SQL's, where '_' matches any one character; CEQL's '_' is a literal one.
        return like.Pattern.Contains('_', StringComparison.Ordinal)
            ? throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "'_' is a single-character wildcard in its LIKE, and q has no escape for it")
            : Infix.Leaf($"{field.Name} LIKE {Quote(like.Pattern)}");
    }

    private static string Literal(NativeValue value) => value switch
    {
        NativeText t => Quote(t.Text),
        NativeNumber n => n.Text,
        // REVIEW: ADF booleans are true/false in JSON; some Fusion attributes are 'Y'/'N' text and
        // should be mapped as String fields.
        NativeBoolean b => b.Text,
        NativeDate d => Quote(d.Date.Iso("+00:00")),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    /// <summary>REVIEW: a quote doubled inside single quotes, as in SQL; the q syntax source does not say.</summary>
    private static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
