namespace OpenElements.Server.Hubs.Ceql;

/// <summary>A piece of infix filter text; compound pieces get parentheses when they become an operand.</summary>
internal readonly record struct Infix(string Text, bool Compound)
{
    public static Infix Leaf(string text) => new(text, Compound: false);

    public string Operand => Compound ? $"({Text})" : Text;

    public static Infix Join(IReadOnlyList<Infix> parts, string separator) =>
        parts.Count == 1 ? parts[0] : new(string.Join(separator, parts.Select(p => p.Operand)), Compound: true);
}

/// <summary>
/// The and/or skeleton shared by the text filters (NetSuite, Oracle, ConnectWise). Every nested
/// group is parenthesised, even where precedence would not need it: vendor precedence rules are
/// not all documented, and explicit grouping cannot be misread.
/// </summary>
internal static class InfixWriter
{
    public static string Write(CeqlExpression expression, string and, string or, Func<CeqlExpression, Infix> leaf) =>
        Emit(expression, and, or, leaf).Text;

    private static Infix Emit(CeqlExpression expression, string and, string or, Func<CeqlExpression, Infix> leaf) => expression switch
    {
        CeqlAnd a => Infix.Join(a.Operands.Select(o => Emit(o, and, or, leaf)).ToList(), and),
        CeqlOr o => Infix.Join(o.Operands.Select(x => Emit(x, and, or, leaf)).ToList(), or),
        _ => leaf(expression),
    };
}
