namespace OpenElements.Server.Hubs.Ceql;

/// <summary>The comparison operators; <c>&lt;&gt;</c> parses as <see cref="NotEqual"/>.</summary>
public enum CeqlOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

public static class CeqlOperatorExtensions
{
    public static string Symbol(this CeqlOperator op) => op switch
    {
        CeqlOperator.Equal => "=",
        CeqlOperator.NotEqual => "!=",
        CeqlOperator.Less => "<",
        CeqlOperator.LessOrEqual => "<=",
        CeqlOperator.Greater => ">",
        CeqlOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>True for the operators that need an ordering (<c>&lt; &lt;= &gt; &gt;=</c>).</summary>
    public static bool IsOrdering(this CeqlOperator op) => op is not (CeqlOperator.Equal or CeqlOperator.NotEqual);
}
