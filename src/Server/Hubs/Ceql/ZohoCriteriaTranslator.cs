namespace OpenElements.Server.Hubs.Ceql;

/// <summary>Which operators Zoho's search criteria may use.</summary>
public enum ZohoCriteriaDialect
{
    /// <summary>
    /// v2 search as documented (vendors.md §2.2.2, verified): <c>equals</c> and <c>starts_with</c>,
    /// joined with <c>and</c>/<c>or</c>. IN is spelled out as ORs of <c>equals</c>.
    /// </summary>
    V2,

    /// <summary>
    /// Later versions' operators too: <c>not_equal</c>, <c>in</c>, <c>greater_than</c>,
    /// <c>greater_equal</c>, <c>less_than</c>, <c>less_equal</c> (numbers and dates only).
    /// REVIEW: vendors.md only says "later versions add more"; the names are Zoho's v2.1+ ones.
    /// </summary>
    Extended,
}

/// <summary>
/// CEQL → Zoho CRM search <c>criteria</c>: <c>(Field:operator:value)</c>, groups as
/// <c>((a)and(b))</c>, at most 10 criteria, with <c>(</c>, <c>)</c> and <c>,</c> in values escaped by a backslash.
/// </summary>
public sealed class ZohoCriteriaTranslator(ZohoCriteriaDialect dialect = ZohoCriteriaDialect.V2) : ICeqlTranslator
{
    /// <summary>Zoho refuses a criteria string with more conditions than this.</summary>
    public const int MaxCriteria = 10;

    public string Vendor => "Zoho CRM";

    private bool Extended => dialect == ZohoCriteriaDialect.Extended;

    public VendorFilter Translate(CeqlExpression expression, IFieldMap fields)
    {
        var count = 0;
        var text = Emit(expression, fields, ref count);
        return count <= MaxCriteria
            ? new VendorFilter("criteria", text)
            : throw new CeqlUnsupportedException(Vendor,
                $"{Vendor} cannot combine more than {MaxCriteria} criteria; this filter needs {count}");
    }

    private string Emit(CeqlExpression expression, IFieldMap fields, ref int count)
    {
        switch (expression)
        {
            case CeqlAnd and:
                return Group(and.Operands, "and", fields, ref count);
            case CeqlOr or:
                return Group(or.Operands, "or", fields, ref count);
            case CeqlComparison c:
                var field = CeqlTranslation.Resolve(c.Field, fields, Vendor);
                count++;
                return Compare(field, c.Operator, CeqlTranslation.Comparand(field, c.Operator, c.Value, Vendor));
            case CeqlIn @in:
                return In(CeqlTranslation.Resolve(@in.Field, fields, Vendor), @in, ref count);
            case CeqlLike like:
                count++;
                return Like(CeqlTranslation.Resolve(like.Field, fields, Vendor), like);
            case CeqlIsNull isNull:
                throw CeqlTranslation.Unsupported(Vendor, isNull.Negated ? "IS NOT NULL" : "IS NULL",
                    CeqlTranslation.Resolve(isNull.Field, fields, Vendor), "search criteria have no test for an empty field");
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, null);
        }
    }

    private string Group(IReadOnlyList<CeqlExpression> operands, string word, IFieldMap fields, ref int count)
    {
        var parts = new List<string>(operands.Count);
        foreach (var operand in operands)
        {
            parts.Add(Emit(operand, fields, ref count));
        }

        return $"({string.Join(word, parts)})";
    }

    private string Compare(FieldRef field, CeqlOperator op, NativeValue value)
    {
        var name = op switch
        {
            CeqlOperator.Equal => "equals",
            CeqlOperator.NotEqual when Extended => "not_equal",
            CeqlOperator.NotEqual => throw CeqlTranslation.Unsupported(Vendor, "'!='", field, V2Only),
            _ when !Extended => throw CeqlTranslation.Unsupported(Vendor, $"'{op.Symbol()}'", field, V2Only),
            _ when field.Type == CeqlFieldType.String => throw CeqlTranslation.Unsupported(Vendor, $"'{op.Symbol()}'", field,
                "greater_than and the like only apply to number and date fields"),
            CeqlOperator.Less => "less_than",
            CeqlOperator.LessOrEqual => "less_equal",
            CeqlOperator.Greater => "greater_than",
            _ => "greater_equal",
        };
        return Criterion(field, name, Literal(value));
    }

    private string In(FieldRef field, CeqlIn @in, ref int count)
    {
        var values = CeqlTranslation.Convert(@in.Values, field, Vendor);
        if (Extended && !@in.Negated)
        {
            count++;
            return Criterion(field, "in", string.Join(",", values.Select(Literal)));
        }

        if (@in.Negated && !Extended)
        {
            throw CeqlTranslation.Unsupported(Vendor, "NOT IN", field, V2Only);
        }

        // v2 IN → ORs of equals; extended NOT IN → ANDs of not_equal (there is no not_in).
        count += values.Count;
        var op = @in.Negated ? CeqlOperator.NotEqual : CeqlOperator.Equal;
        var parts = values.Select(v => Compare(field, op, v)).ToList();
        return parts.Count == 1 ? parts[0] : $"({string.Join(@in.Negated ? "and" : "or", parts)})";
    }

    private string Like(FieldRef field, CeqlLike like)
    {
        var pattern = CeqlTranslation.Like(field, like, Vendor);
        return (pattern.Shape, like.Negated) switch
        {
            (LikeShape.Exact, _) => Compare(field, like.Negated ? CeqlOperator.NotEqual : CeqlOperator.Equal, new NativeText(pattern.Text)),
            (LikeShape.StartsWith, false) => Criterion(field, "starts_with", Escape(pattern.Text)),
            (LikeShape.StartsWith, true) => throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "starts_with cannot be negated"),
            _ => throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "criteria only match a whole value (equals) or a prefix (starts_with)"),
        };
    }

    private const string V2Only = "v2 search criteria only have equals and starts_with";

    private static string Criterion(FieldRef field, string op, string value) => $"({field.Name}:{op}:{value})";

    private static string Literal(NativeValue value) => value switch
    {
        NativeText t => Escape(t.Text),
        NativeNumber n => n.Text,
        NativeBoolean b => b.Text,
        NativeDate d => d.Date.Iso("+00:00"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    /// <summary>
    /// Zoho's documented escapes are <c>\(</c>, <c>\)</c> and <c>\,</c>. REVIEW: a backslash is
    /// escaped too (<c>\\</c>), otherwise a value ending in one would swallow the closing parenthesis.
    /// </summary>
    private static string Escape(string text) => BackslashEscape.Apply(text, "(),");
}
