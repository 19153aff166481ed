namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// A parsed CEQL <c>where</c> expression. <see cref="ToString"/> writes CEQL that parses back to the
/// same tree, with every compound operand in parentheses, so a test or a log shows the grouping.
/// </summary>
public abstract record CeqlExpression
{
    public abstract override string ToString();
}

/// <summary>All operands hold. The parser builds one node per run of <c>AND</c>, not a binary chain.</summary>
public sealed record CeqlAnd(IReadOnlyList<CeqlExpression> Operands) : CeqlExpression
{
    public override string ToString() => CeqlText.Join(Operands, " AND ");
}

/// <summary>At least one operand holds.</summary>
public sealed record CeqlOr(IReadOnlyList<CeqlExpression> Operands) : CeqlExpression
{
    public override string ToString() => CeqlText.Join(Operands, " OR ");
}

/// <summary><c>field op value</c>. <c>field = null</c> and <c>field != null</c> parse as <see cref="CeqlIsNull"/>.</summary>
public sealed record CeqlComparison(string Field, CeqlOperator Operator, CeqlValue Value) : CeqlExpression
{
    public override string ToString() => $"{CeqlText.Field(Field)} {Operator.Symbol()} {Value}";
}

/// <summary><c>field [NOT] IN (v1, v2, …)</c>; the list is never empty and never holds null.</summary>
public sealed record CeqlIn(string Field, IReadOnlyList<CeqlValue> Values, bool Negated) : CeqlExpression
{
    public override string ToString() =>
        $"{CeqlText.Field(Field)} {(Negated ? "NOT IN" : "IN")} ({string.Join(", ", Values)})";
}

/// <summary><c>field IS [NOT] NULL</c>.</summary>
public sealed record CeqlIsNull(string Field, bool Negated) : CeqlExpression
{
    public override string ToString() => $"{CeqlText.Field(Field)} IS {(Negated ? "NOT NULL" : "NULL")}";
}

/// <summary>
/// <c>field [NOT] LIKE 'pattern'</c>. Only <c>%</c> is a wildcard (any run of characters, even
/// none); <c>_</c> is a literal underscore, because field values such as <c>first_name</c> are full
/// of them and Cloud Elements documents only <c>%</c>.
/// </summary>
public sealed record CeqlLike(string Field, string Pattern, bool Negated) : CeqlExpression
{
    public override string ToString() =>
        $"{CeqlText.Field(Field)} {(Negated ? "NOT LIKE" : "LIKE")} {CeqlText.Quote(Pattern)}";
}
