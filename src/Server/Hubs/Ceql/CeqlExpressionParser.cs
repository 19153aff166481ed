using System.Globalization;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// Recursive descent over
/// <c>or := and (OR and)*; and := unary (AND unary)*; unary := '(' or ')' | comparison</c>.
/// Only parentheses recurse, so <see cref="CeqlParser.MaxDepth"/> bounds the stack.
/// </summary>
internal sealed class CeqlExpressionParser(CeqlTokens tokens)
{
    private const string Operators = "an operator (=, !=, <>, <, >, <=, >=, LIKE, NOT LIKE, IN, NOT IN, IS)";
    private int _depth;

    public CeqlExpression ParseWhere()
    {
        var expression = ParseOr(after: null);
        var end = tokens.Next();
        if (end.Kind == CeqlTokenKind.RightParen)
        {
            throw new CeqlParseException($"Expected AND, OR or end of input at position {end.Position}, found ')' with no '(' to close", end.Position);
        }

        return end.Kind == CeqlTokenKind.End ? expression : throw CeqlTokens.Expected("AND, OR or end of input", end);
    }

    private CeqlExpression ParseOr(string? after)
    {
        var operands = new List<CeqlExpression> { ParseAnd(after) };
        while (tokens.Peek.IsWord("OR"))
        {
            tokens.Next();
            operands.Add(ParseAnd("OR"));
        }

        return operands.Count == 1 ? operands[0] : new CeqlOr(operands);
    }

    private CeqlExpression ParseAnd(string? after)
    {
        var operands = new List<CeqlExpression> { ParseUnary(after) };
        while (tokens.Peek.IsWord("AND"))
        {
            tokens.Next();
            operands.Add(ParseUnary("AND"));
        }

        return operands.Count == 1 ? operands[0] : new CeqlAnd(operands);
    }

    private CeqlExpression ParseUnary(string? after)
    {
        var token = tokens.Peek;
        if (token.Kind != CeqlTokenKind.LeftParen)
        {
            return ParseComparison(after);
        }

        tokens.Next();
        if (++_depth > CeqlParser.MaxDepth)
        {
            throw new CeqlParseException(
                $"Expected at most {CeqlParser.MaxDepth} nested parentheses, found more at position {token.Position}", token.Position);
        }

        var inner = ParseOr("'('");
        var close = tokens.Next();
        if (close.Kind != CeqlTokenKind.RightParen)
        {
            throw new CeqlParseException(
                $"Expected AND, OR or ')' at position {close.Position} (to close the '(' at position {token.Position}), found {close.Describe()}",
                close.Position);
        }

        _depth--;
        return inner;
    }

    private CeqlExpression ParseComparison(string? after)
    {
        var fieldToken = tokens.Next();
        if (!fieldToken.IsField)
        {
            throw CeqlTokens.Expected(after is null ? "a field name or '('" : $"a field name or '(' after {Quote(after)}", fieldToken);
        }

        var field = fieldToken.Text;
        var op = tokens.Next();
        if (op.Kind == CeqlTokenKind.Operator)
        {
            return ParseOperator(field, op);
        }

        if (op.IsWord("IN"))
        {
            return new CeqlIn(field, ParseList(), Negated: false);
        }

        if (op.IsWord("LIKE"))
        {
            return new CeqlLike(field, ParsePattern("'LIKE'"), Negated: false);
        }

        if (op.IsWord("NOT"))
        {
            var next = tokens.Next();
            return next.IsWord("IN") ? new CeqlIn(field, ParseList(), Negated: true)
                : next.IsWord("LIKE") ? new CeqlLike(field, ParsePattern("'NOT LIKE'"), Negated: true)
                : throw CeqlTokens.Expected("IN or LIKE after 'NOT'", next);
        }

        if (op.IsWord("IS"))
        {
            var negated = tokens.Peek.IsWord("NOT");
            if (negated)
            {
                tokens.Next();
            }

            var nullToken = tokens.Next();
            return nullToken.IsWord("NULL")
                ? new CeqlIsNull(field, negated)
                : throw CeqlTokens.Expected(negated ? "NULL after 'IS NOT'" : "NOT or NULL after 'IS'", nullToken);
        }

        throw CeqlTokens.Expected($"{Operators} after {Quote(fieldToken.Raw)}", op);
    }

    private CeqlExpression ParseOperator(string field, CeqlToken op)
    {
        CeqlOperator? parsed = op.Text switch
        {
            "=" => CeqlOperator.Equal,
            "!=" or "<>" => CeqlOperator.NotEqual,
            "<" => CeqlOperator.Less,
            "<=" => CeqlOperator.LessOrEqual,
            ">" => CeqlOperator.Greater,
            ">=" => CeqlOperator.GreaterOrEqual,
            _ => null,
        };
        if (parsed is not { } comparison)
        {
            throw new CeqlParseException($"Expected {Operators} at position {op.Position}, found unknown operator '{op.Text}'", op.Position);
        }

        var valueToken = tokens.Peek;
        if (valueToken.IsWord("NULL"))
        {
            tokens.Next();
            return comparison switch
            {
                CeqlOperator.Equal => new CeqlIsNull(field, Negated: false),
                CeqlOperator.NotEqual => new CeqlIsNull(field, Negated: true),
                _ => throw CeqlTokens.Expected($"a value other than null after '{op.Text}' (null is neither less nor greater)", valueToken),
            };
        }

        return new CeqlComparison(field, comparison, ParseValue($"a value after '{op.Text}'"));
    }

    private IReadOnlyList<CeqlValue> ParseList()
    {
        var open = tokens.Next();
        if (open.Kind != CeqlTokenKind.LeftParen)
        {
            throw CeqlTokens.Expected("'(' after IN", open);
        }

        var values = new List<CeqlValue> { ParseListValue("a value after '('") };
        while (true)
        {
            var next = tokens.Next();
            if (next.Kind == CeqlTokenKind.RightParen)
            {
                return values;
            }

            if (next.Kind != CeqlTokenKind.Comma)
            {
                throw new CeqlParseException(
                    $"Expected ',' or ')' at position {next.Position} in the IN list opened at position {open.Position}, found {next.Describe()}",
                    next.Position);
            }

            values.Add(ParseListValue("a value after ','"));
        }
    }

    private CeqlValue ParseListValue(string what)
    {
        var token = tokens.Peek;
        return token.IsWord("NULL")
            ? throw CeqlTokens.Expected($"{what} (null cannot be in an IN list; use IS NULL)", token)
            : ParseValue(what);
    }

    private CeqlValue ParseValue(string what)
    {
        var token = tokens.Next();
        return token.Kind switch
        {
            CeqlTokenKind.String => new CeqlString(token.Text),
            CeqlTokenKind.Number => new CeqlNumber(decimal.Parse(token.Text, CultureInfo.InvariantCulture), token.Text),
            CeqlTokenKind.Word when token.IsWord("true") => new CeqlBoolean(true),
            CeqlTokenKind.Word when token.IsWord("false") => new CeqlBoolean(false),
            CeqlTokenKind.Word when !token.IsKeyword => throw CeqlTokens.Expected($"{what} (put text in single quotes)", token),
            _ => throw CeqlTokens.Expected(what, token),
        };
    }

    private string ParsePattern(string after)
    {
        var token = tokens.Next();
        return token.Kind == CeqlTokenKind.String ? token.Text : throw CeqlTokens.Expected($"a quoted pattern after {after}", token);
    }

    private static string Quote(string text) => text.StartsWith('\'') ? text : $"'{text}'";
}
