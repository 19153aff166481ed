using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// ConnectWise's <c>conditions</c> language (vendors.md 4.4): <c>path op value</c> joined by <c>and</c>/<c>or</c>
/// (and binds tighter), parentheses, <c>= != &lt; &lt;= &gt; &gt;=</c>, <c>contains</c>, <c>like</c>, <c>in (…)</c>,
/// each negatable with <c>not</c>; text in double (or single) quotes, dates in brackets, true/false/null.
/// </summary>
internal sealed class ConditionsParser
{
    private readonly string _text;
    private readonly Func<string[], string[]> _resolve;
    private int _at;

    private ConditionsParser(string text, Func<string[], string[]> resolve) => (_text, _resolve) = (text, resolve);

    /// <param name="text">The conditions.</param>
    /// <param name="resolve">Checks a field path against the entity and returns it canonical, or throws.</param>
    public static Condition Parse(string text, Func<string[], string[]> resolve)
    {
        var parser = new ConditionsParser(text, resolve);
        var condition = parser.Or();
        parser.SkipSpace();
        return parser._at == text.Length ? condition : throw parser.Error("and, or or the end");
    }

    private Condition Or()
    {
        var left = And();
        while (Keyword("or"))
        {
            left = new OrCondition(left, And());
        }

        return left;
    }

    private Condition And()
    {
        var left = Unary();
        while (Keyword("and"))
        {
            left = new AndCondition(left, Unary());
        }

        return left;
    }

    private Condition Unary()
    {
        if (Keyword("not"))
        {
            return new NotCondition(Unary());
        }

        if (Symbol("("))
        {
            var inner = Or();
            return Symbol(")") ? inner : throw Error("')'");
        }

        return Comparison();
    }

    private Comparison Comparison()
    {
        var path = _resolve(Path());
        var negated = Keyword("not");
        string op;
        if (Keyword("contains")) { op = "contains"; }
        else if (Keyword("like")) { op = "like"; }
        else if (Keyword("in")) { op = "in"; }
        else if (negated) { throw Error("contains, like or in after not"); }
        else { op = Symbol("<=") ? "<=" : Symbol(">=") ? ">=" : Symbol("!=") || Symbol("<>") ? "!=" : Symbol("=") ? "=" : Symbol("<") ? "<" : Symbol(">") ? ">" : throw Error("an operator"); }

        if (op == "in")
        {
            if (!Symbol("("))
            {
                throw Error("'(' after in");
            }

            var values = new List<Literal> { Value() };
            while (Symbol(","))
            {
                values.Add(Value());
            }

            return Symbol(")") ? new Comparison(path, negated ? "not in" : "in", values) : throw Error("',' or ')'");
        }

        var value = Value();
        if (value.Kind == JsonValueKind.Null && op is not ("=" or "!="))
        {
            throw ConditionsException.Syntax($"null can only be compared with = or != (at {_at}).");
        }

        return new Comparison(path, negated ? $"not {op}" : op, [value]);
    }

    private string[] Path()
    {
        SkipSpace();
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '_' or '/' or '.'))
        {
            _at++;
        }

        return _at > start && !char.IsAsciiDigit(_text[start])
            ? _text[start.._at].Split('/', '.')
            : throw Error("a field name");
    }

    private Literal Value()
    {
        SkipSpace();
        if (_at >= _text.Length)
        {
            throw Error("a value");
        }

        var ch = _text[_at];
        if (ch is '"' or '\'')
        {
            return new Literal(JsonValueKind.String, Quoted(ch));
        }

        if (ch == '[')
        {
            var close = _text.IndexOf(']', _at);
            if (close < 0)
            {
                throw Error("']'");
            }

            var text = _text[(_at + 1)..close];
            // REVIEW: [S] dates are ISO-8601; one without an offset is read as UTC.
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                throw ConditionsException.Syntax($"'{text}' is not a valid date (at {_at}).");
            }

            _at = close + 1;
            return new Literal(JsonValueKind.String, text, Date: date, IsDate: true);
        }

        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '-' or '.' or '+'))
        {
            _at++;
        }

        var word = _text[start.._at];
        if (decimal.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new Literal(JsonValueKind.Number, word, number);
        }

        return word.ToLowerInvariant() switch
        {
            "true" => new Literal(JsonValueKind.True, "true"),
            "false" => new Literal(JsonValueKind.False, "false"),
            "null" => Literal.Null,
            _ => throw ErrorAt(start, "a value (text must be quoted)"),
        };
    }

    /// <summary>A quoted string; a backslash escapes the next character, and a doubled quote is one quote.</summary>
    private string Quoted(char quote)
    {
        var start = _at++;
        var text = new StringBuilder();
        while (_at < _text.Length)
        {
            var ch = _text[_at++];
            if (ch == '\\' && _at < _text.Length)
            {
                text.Append(_text[_at++]);
            }
            else if (ch == quote && _at < _text.Length && _text[_at] == quote)
            {
                text.Append(quote);
                _at++;
            }
            else if (ch == quote)
            {
                return text.ToString();
            }
            else
            {
                text.Append(ch);
            }
        }

        throw ErrorAt(start, "a closing quote");
    }

    private bool Keyword(string word)
    {
        SkipSpace();
        var end = _at + word.Length;
        if (end > _text.Length || string.Compare(_text, _at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0
            || (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '_')))
        {
            return false;
        }

        _at = end;
        return true;
    }

    private bool Symbol(string symbol)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _at, symbol, 0, symbol.Length) != 0)
        {
            return false;
        }

        _at += symbol.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private ConditionsException Error(string expected)
    {
        SkipSpace();
        return ErrorAt(_at, expected);
    }

    // REVIEW: [M] ConnectWise's own parse messages were not found; these say where and what was expected.
    private ConditionsException ErrorAt(int at, string expected) =>
        ConditionsException.Syntax(at >= _text.Length
            ? $"Invalid conditions: expected {expected} at the end."
            : $"Invalid conditions: expected {expected} at position {at} ('{_text[at..Math.Min(_text.Length, at + 15)]}').");
}
