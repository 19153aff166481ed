using System.Globalization;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// What a CEQL <c>where</c> becomes for Zoho CRM API v1: search <see cref="Criteria"/> for <c>searchRecords</c>,
/// or a <see cref="ModifiedSince"/> (<c>yyyy-MM-dd HH:mm:ss</c>) for <c>getRecords</c>' <c>lastModifiedTime</c>; never both.
/// </summary>
public sealed record ZohoV1Filter(string? Criteria, string? ModifiedSince);

/// <summary>
/// CEQL → Zoho CRM v1 search criteria (vendors.md 2.2.1): <c>(Label:value)</c> conditions joined as
/// <c>((a)AND(b))</c> and <c>((a)OR(b))</c>, labels from the catalog. v1 criteria only test equality, so
/// <c>=</c>, <c>IN</c> (as ORs) and <c>LIKE</c> are expressible; a lower bound on <c>Modified Time</c> at the top
/// level (alone, or several ANDed) is not criteria at all but <c>getRecords?lastModifiedTime=</c>. Everything else
/// is refused by name. For v2 syntax see <see cref="ZohoCriteriaTranslator"/>.
/// </summary>
public sealed class ZohoV1CriteriaTranslator : ICeqlTranslator
{
    /// <summary>The v1 label getRecords' <c>lastModifiedTime</c> filters on.</summary>
    public const string ModifiedTime = "Modified Time";

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public string Vendor => "Zoho CRM";

    /// <summary>As <see cref="Plan"/>: <c>criteria</c>, or <c>lastModifiedTime</c>.</summary>
    public VendorFilter Translate(CeqlExpression expression, IFieldMap fields)
    {
        var plan = Plan(expression, fields);
        return plan.Criteria is { } criteria ? new VendorFilter("criteria", criteria) : new VendorFilter("lastModifiedTime", plan.ModifiedSince!);
    }

    public ZohoV1Filter Plan(CeqlExpression expression, IFieldMap fields)
    {
        var operands = expression is CeqlAnd and ? and.Operands : [expression];
        var since = operands.Select(o => LowerBound(o, fields)).ToList();
        if (since.All(s => s is null))
        {
            return new ZohoV1Filter(Emit(expression, fields), null);
        }

        if (since.Any(s => s is null))
        {
            throw new CeqlUnsupportedException(Vendor,
                $"{Vendor} cannot combine a lower bound on '{ModifiedTime}' (getRecords' lastModifiedTime) with other conditions (searchRecords' criteria); v1 has no call that takes both");
        }

        // Several lower bounds ANDed: the latest one decides.
        return new ZohoV1Filter(null, since.Max(StringComparer.Ordinal));
    }

    /// <summary>
    /// <c>Modified Time &gt;= x</c> as x in v1's format; <c>&gt; x</c> as x plus one second (v1 times are whole
    /// seconds and lastModifiedTime includes its instant). Null for anything else.
    /// </summary>
    // REVIEW: [M] v1 reads lastModifiedTime in the API user's time zone; the instant is sent in UTC, which is
    // right only for a user on UTC (the simulator's). A per-instance zone would need a config entry.
    private string? LowerBound(CeqlExpression expression, IFieldMap fields)
    {
        if (expression is not CeqlComparison { Operator: CeqlOperator.GreaterOrEqual or CeqlOperator.Greater } c
            || fields.Find(c.Field) is not { Name: ModifiedTime })
        {
            return null;
        }

        var field = CeqlTranslation.Resolve(c.Field, fields, Vendor);
        if (CeqlTranslation.Comparand(field, c.Operator, c.Value, Vendor) is not NativeDate date)
        {
            throw CeqlTranslation.Unsupported(Vendor, $"'{c.Operator.Symbol()}'", field, "the bound must be a date");
        }

        var instant = date.Date.Instant.UtcDateTime;
        // Drop fractions: '> 10:00:00.5' means from 10:00:01 on, '>= 10:00:00.5' too.
        var whole = instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
        if (c.Operator == CeqlOperator.Greater || whole != instant)
        {
            whole = whole.AddSeconds(1);
        }

        return whole.ToString(TimeFormat, CultureInfo.InvariantCulture);
    }

    private string Emit(CeqlExpression expression, IFieldMap fields) => expression switch
    {
        CeqlAnd and => Group(and.Operands, "AND", fields),
        CeqlOr or => Group(or.Operands, "OR", fields),
        CeqlComparison c => Compare(c, fields),
        CeqlIn @in => In(@in, fields),
        CeqlLike like => Like(like, fields),
        CeqlIsNull isNull => throw CeqlTranslation.Unsupported(Vendor, isNull.Negated ? "IS NOT NULL" : "IS NULL",
            CeqlTranslation.Resolve(isNull.Field, fields, Vendor), "v1 search criteria have no test for an empty field"),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, null),
    };

    private string Group(IReadOnlyList<CeqlExpression> operands, string word, IFieldMap fields) =>
        $"({string.Join(word, operands.Select(o => Emit(o, fields)))})";

    private string Compare(CeqlComparison c, IFieldMap fields)
    {
        var field = CeqlTranslation.Resolve(c.Field, fields, Vendor);
        if (c.Operator != CeqlOperator.Equal)
        {
            var why = field.Name == ModifiedTime && c.Operator is CeqlOperator.Greater or CeqlOperator.GreaterOrEqual
                ? $"a lower bound on '{ModifiedTime}' works only at the top level, alone or ANDed with other such bounds"
                : OnlyEquality;
            throw CeqlTranslation.Unsupported(Vendor, $"'{c.Operator.Symbol()}'", field, why);
        }

        return Condition(field, Literal(CeqlTranslation.Convert(c.Value, field, Vendor)));
    }

    private string In(CeqlIn @in, IFieldMap fields)
    {
        var field = CeqlTranslation.Resolve(@in.Field, fields, Vendor);
        if (@in.Negated)
        {
            throw CeqlTranslation.Unsupported(Vendor, "NOT IN", field, OnlyEquality);
        }

        var parts = CeqlTranslation.Convert(@in.Values, field, Vendor).Select(v => Condition(field, Literal(v))).ToList();
        return parts.Count == 1 ? parts[0] : $"({string.Join("OR", parts)})";
    }

    /// <summary>
    /// <c>%</c> becomes v1's <c>*</c> wildcard. REVIEW: [M] v1's docs show no wildcard in criteria; Zoho's search
    /// box took <c>*</c>, and the simulator matches it anywhere in the value.
    /// </summary>
    private string Like(CeqlLike like, IFieldMap fields)
    {
        var field = CeqlTranslation.Resolve(like.Field, fields, Vendor);
        var pattern = CeqlTranslation.Like(field, like, Vendor);
        if (like.Negated)
        {
            throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field, OnlyEquality);
        }

        var value = pattern.Shape switch
        {
            LikeShape.Exact => Escape(pattern.Text),
            LikeShape.StartsWith => Escape(pattern.Text) + "*",
            LikeShape.EndsWith => "*" + Escape(pattern.Text),
            LikeShape.Contains => "*" + Escape(pattern.Text) + "*",
            _ => string.Join("*", pattern.Text.Split('%').Select(Escape)),
        };
        return Condition(field, value);
    }

    private const string OnlyEquality = "v1 search criteria only match a value (with * as a wildcard)";

    private static string Condition(FieldRef field, string value) => $"({field.Name}:{value})";

    private static string Literal(NativeValue value) => value switch
    {
        NativeText t => Escape(t.Text),
        NativeNumber n => n.Text,
        NativeBoolean b => b.Text,
        NativeDate d => d.Date.HasTime
            ? d.Date.Instant.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)
            : d.Date.Instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    /// <summary>
    /// REVIEW: [M] v1 documented no escapes; a backslash before <c>(</c>, <c>)</c>, <c>*</c> and <c>\</c> is what
    /// the simulator reads, so values with parentheses or a literal asterisk survive.
    /// </summary>
    private static string Escape(string text) => BackslashEscape.Apply(text, "()*");
}
