using System.Globalization;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// REST framework version 2+ <c>q</c>: <c>Attr op literal</c> joined by <c>and</c>/<c>or</c> (and binds
/// tighter) with parentheses; operators <c>= &lt;&gt; != &gt; &gt;= &lt; &lt;= LIKE IN (…) IS [NOT] NULL</c>;
/// text and dates in single quotes (<c>''</c> is a quote), numbers and true/false bare. Keywords
/// are case-insensitive, attribute names are not.
/// </summary>
internal sealed class OracleExpression
{
    private readonly string _q;
    private readonly OracleResource _resource;
    private int _pos;

    private OracleExpression(string q, OracleResource resource)
    {
        _q = q;
        _resource = resource;
    }

    public static OracleFilter Parse(string q, OracleResource resource)
    {
        var parser = new OracleExpression(q, resource);
        var filter = parser.Or();
        parser.SkipSpace();
        if (parser._pos < q.Length)
        {
            throw parser.Error($"Unexpected '{q[parser._pos..]}'");
        }

        return filter;
    }

    private OracleFilter Or()
    {
        var parts = new List<OracleFilter> { And() };
        while (TryKeyword("or"))
        {
            parts.Add(And());
        }

        return parts.Count == 1 ? parts[0] : new OracleOr(parts);
    }

    private OracleFilter And()
    {
        var parts = new List<OracleFilter> { Atom() };
        while (TryKeyword("and"))
        {
            parts.Add(Atom());
        }

        return parts.Count == 1 ? parts[0] : new OracleAnd(parts);
    }

    private OracleFilter Atom()
    {
        if (TrySymbol("("))
        {
            var inner = Or();
            return TrySymbol(")") ? inner : throw Error("Expected ')'");
        }

        var name = Identifier() ?? throw Error("Expected an attribute name");
        var field = _resource.Field(name) ?? throw new OracleQueryException($"{name} is not an attribute of {_resource.Name}.");
        if (TryKeyword("is"))
        {
            var negated = TryKeyword("not");
            return TryKeyword("null") ? new OracleIsNull(field, negated) : throw Error("Expected NULL after IS");
        }

        if (TryKeyword("like"))
        {
            return field.Type == OracleType.Text
                ? new OracleLike(field, Literal(field, raw: true) as string ?? "")
                : throw new OracleQueryException($"LIKE needs a text attribute; {field.Name} is a {OracleValues.Describe(field.Type)}.");
        }

        if (TryKeyword("in"))
        {
            if (!TrySymbol("("))
            {
                throw Error("Expected '(' after IN");
            }

            var values = new List<object> { Literal(field) };
            while (TrySymbol(","))
            {
                values.Add(Literal(field));
            }

            return TrySymbol(")") ? new OracleIn(field, values) : throw Error("Expected ')' after the IN list");
        }

        foreach (var op in (string[])[">=", "<=", "<>", "!=", "=", ">", "<"])
        {
            if (TrySymbol(op))
            {
                return new OracleCompare(field, op, Literal(field));
            }
        }

        throw Error($"Expected an operator after {name}");
    }

    /// <summary>A quoted or bare literal converted to the attribute's type (kept as text for LIKE).</summary>
    private object Literal(OracleField field, bool raw = false)
    {
        SkipSpace();
        string text;
        if (_pos < _q.Length && _q[_pos] == '\'')
        {
            var end = _pos + 1;
            var value = new System.Text.StringBuilder();
            while (true)
            {
                if (end >= _q.Length)
                {
                    throw Error("Unterminated string literal");
                }

                if (_q[end] == '\'')
                {
                    if (end + 1 < _q.Length && _q[end + 1] == '\'')
                    {
                        value.Append('\'');
                        end += 2;
                        continue;
                    }

                    break;
                }

                value.Append(_q[end++]);
            }

            _pos = end + 1;
            text = value.ToString();
        }
        else
        {
            var start = _pos;
            while (_pos < _q.Length && (char.IsAsciiLetterOrDigit(_q[_pos]) || _q[_pos] is '.' or '-' or '+' or '_'))
            {
                _pos++;
            }

            text = _q[start.._pos];
            if (text.Length == 0)
            {
                throw Error($"Expected a value for {field.Name}");
            }

            // Bare words other than numbers and booleans are attribute references, which q does not compare.
            if (!char.IsAsciiDigit(text[0]) && text[0] is not '-' and not '+' && !bool.TryParse(text, out _))
            {
                throw new OracleQueryException($"The value {text} for {field.Name} must be in single quotes.");
            }
        }

        return raw ? text : OracleValues.Parse(field, text);
    }

    private string? Identifier()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _q.Length && (char.IsAsciiLetterOrDigit(_q[_pos]) || _q[_pos] == '_'))
        {
            _pos++;
        }

        return _pos > start && !char.IsAsciiDigit(_q[start]) ? _q[start.._pos] : null;
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        var end = _pos + keyword.Length;
        if (end > _q.Length || !_q.AsSpan(_pos, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase)
            || (end < _q.Length && (char.IsAsciiLetterOrDigit(_q[end]) || _q[end] == '_')))
        {
            return false;
        }

        _pos = end;
        return true;
    }

    private bool TrySymbol(string symbol)
    {
        SkipSpace();
        if (!_q.AsSpan(_pos).StartsWith(symbol, StringComparison.Ordinal))
        {
            return false;
        }

        _pos += symbol.Length;
        return true;
    }

    private void SkipSpace()
    {
        while (_pos < _q.Length && char.IsWhiteSpace(_q[_pos]))
        {
            _pos++;
        }
    }

    private OracleQueryException Error(string problem)
    {
        SkipSpace();
        // The ';' of version 1 is the mistake clients make most when they switch versions: say so.
        var hint = _pos < _q.Length && _q[_pos] == ';'
            ? " Framework version 2 and later join conditions with 'and', not ';'."
            : "";
        return new OracleQueryException(string.Create(CultureInfo.InvariantCulture, $"{problem} at position {_pos + 1}.{hint}"));
    }
}
