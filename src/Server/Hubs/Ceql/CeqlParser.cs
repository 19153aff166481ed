namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// Entry points for the CEQL parts of a hub <c>GET</c>: <c>where</c>, <c>orderBy</c> and <c>fields</c>.
/// Each throws <see cref="CeqlParseException"/> on blank input too: "no filter" is the caller's
/// decision (an absent or empty query parameter), not something the parser should guess.
/// </summary>
public static class CeqlParser
{
    /// <summary>Longest input accepted. A query string this long is already a mistake or an attack.</summary>
    public const int MaxLength = 4000;

    /// <summary>Deepest parenthesis nesting; it bounds the parser's recursion.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Parses a where expression. Keywords are case-insensitive; <c>AND</c> binds tighter than
    /// <c>OR</c>. <c>field = null</c> becomes <c>IS NULL</c> and <c>field != null</c> <c>IS NOT NULL</c>.
    /// </summary>
    public static CeqlExpression Parse(string where) =>
        new CeqlExpressionParser(Tokenize(where)).ParseWhere();

    /// <summary>Parses <c>Field asc, Other desc</c>; the direction defaults to ascending.</summary>
    public static IReadOnlyList<CeqlSort> ParseOrderBy(string orderBy) => CeqlListParser.OrderBy(Tokenize(orderBy));

    /// <summary>Parses <c>a, b, `c d`</c>. A repeated field is kept once, at its first place.</summary>
    public static IReadOnlyList<string> ParseFields(string fields) => CeqlListParser.Fields(Tokenize(fields));

    private static CeqlTokens Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new CeqlParseException(
                $"Expected at most {MaxLength} characters, found {text.Length}; position {MaxLength + 1} is past the limit",
                MaxLength + 1);
        }

        return new CeqlTokens(CeqlLexer.Tokenize(text));
    }
}

public enum CeqlSortDirection
{
    Ascending,
    Descending,
}

/// <summary>One <c>orderBy</c> entry.</summary>
public sealed record CeqlSort(string Field, CeqlSortDirection Direction);
