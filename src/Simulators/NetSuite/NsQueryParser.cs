using System.Globalization;
using System.Text;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The record API's <c>q</c> (vendors.md 1.4): <c>field OPERATOR value</c> joined by <c>AND</c>/<c>OR</c>
/// (AND binds tighter) with parentheses. Values are double-quoted (backslash escapes <c>"</c> and
/// <c>\</c>) or bare words; lists are <c>[v1, v2]</c>. Which operators a field takes depends on its type.
/// </summary>
// REVIEW: [M] keywords and operators are read case-insensitively; Oracle's examples write them in upper case.
internal sealed class NsQueryParser
{
    private static readonly Dictionary<NsType, string[]> Operators = new()
    {
        [NsType.Text] = ["IS", "CONTAIN", "START_WITH", "END_WITH", "EMPTY"],
        [NsType.Id] = ["EQUAL", "GREATER", "GREATER_OR_EQUAL", "LESS", "LESS_OR_EQUAL", "BETWEEN", "WITHIN", "ANY_OF", "EMPTY"],
        [NsType.Integer] = ["EQUAL", "GREATER", "GREATER_OR_EQUAL", "LESS", "LESS_OR_EQUAL", "BETWEEN", "WITHIN", "ANY_OF", "EMPTY"],
        [NsType.Number] = ["EQUAL", "GREATER", "GREATER_OR_EQUAL", "LESS", "LESS_OR_EQUAL", "BETWEEN", "WITHIN", "ANY_OF", "EMPTY"],
        [NsType.Date] = ["AFTER", "BEFORE", "ON", "ON_OR_AFTER", "ON_OR_BEFORE", "WITHIN", "EMPTY"],
        [NsType.DateTime] = ["AFTER", "BEFORE", "ON", "ON_OR_AFTER", "ON_OR_BEFORE", "WITHIN", "EMPTY"],
        [NsType.Boolean] = ["IS"],
        [NsType.Reference] = ["ANY_OF", "EQUAL", "IS", "EMPTY"],
    };

    private readonly string _q;
    private readonly RecordType _type;
    private int _pos;

    private NsQueryParser(string q, RecordType type)
    {
        _q = q;
        _type = type;
    }

    public static NsFilter Parse(string q, RecordType type)
    {
        var parser = new NsQueryParser(q, type);
        var filter = parser.Or();
        if (parser.Peek() is { } rest)
        {
            throw parser.Error($"expected AND, OR or the end of the query, found '{rest}'");
        }

        return filter;
    }

    private NsFilter Or()
    {
        var parts = new List<NsFilter> { And() };
        while (TryWord("OR"))
        {
            parts.Add(And());
        }

        return parts.Count == 1 ? parts[0] : new NsOr(parts);
    }

    private NsFilter And()
    {
        var parts = new List<NsFilter> { Atom() };
        while (TryWord("AND"))
        {
            parts.Add(Atom());
        }

        return parts.Count == 1 ? parts[0] : new NsAnd(parts);
    }

    private NsFilter Atom()
    {
        if (TrySymbol('('))
        {
            var inner = Or();
            return TrySymbol(')') ? inner : throw Error("expected ')'");
        }

        var name = Word() ?? throw Error("expected a field name");
        var field = _type.Field(name)
            ?? throw new NsQueryException($"Field '{name}' for record '{_type.Name}' was not found.");
        var op = Word()?.ToUpperInvariant() ?? throw Error($"expected an operator after '{name}'");
        var negated = op.EndsWith("_NOT", StringComparison.Ordinal);
        var baseOp = negated ? op[..^4] : op;
        if (!Operators[field.Type].Contains(baseOp))
        {
            throw new NsQueryException($"Operator '{op}' is not valid for field '{field.Name}' ({Describe(field.Type)}); use one of "
                + string.Join(", ", Operators[field.Type]) + " or their _NOT forms.");
        }

        var filter = Condition(field, baseOp, op);
        return negated ? new NsNot(filter) : filter;
    }

    private NsFilter Condition(NsField field, string op, string spelled)
    {
        if (op == "EMPTY")
        {
            return new NsEmpty(field);
        }

        var values = Values(spelled, field, list: op is "ANY_OF" or "BETWEEN" or "WITHIN");
        if (op is "BETWEEN" or "WITHIN" && values.Count != 2)
        {
            throw new NsQueryException($"Operator '{spelled}' on field '{field.Name}' needs two values, as in [1, 10].");
        }

        return field.Type switch
        {
            NsType.Text => new NsText(field, op, values[0]),
            NsType.Id or NsType.Integer or NsType.Number => new NsNumber(field, op, [.. values.Select(v => Number(field, v))]),
            NsType.Date or NsType.DateTime => new NsDate(field, op, [.. values.Select(v => NsDates.Parse(v)
                ?? throw new NsQueryException($"'{v}' is not a date for field '{field.Name}'; use M/d/yyyy (or ISO 8601).")).ToList()]),
            NsType.Boolean => new NsBoolean(field, bool.TryParse(values[0], out var b)
                ? b
                : throw new NsQueryException($"'{values[0]}' is not true or false for field '{field.Name}'.")),
            _ => new NsReference(field, values),
        };
    }

    /// <summary>One value, or (when allowed) a bracketed list of them.</summary>
    private List<string> Values(string op, NsField field, bool list)
    {
        if (list && TrySymbol('['))
        {
            var values = new List<string> { Value(op, field) };
            while (TrySymbol(','))
            {
                values.Add(Value(op, field));
            }

            return TrySymbol(']') ? values : throw Error("expected ']' to close the list");
        }

        return [Value(op, field)];
    }

    private string Value(string op, NsField field)
    {
        SkipSpace();
        if (_pos < _q.Length && _q[_pos] == '"')
        {
            var text = new StringBuilder();
            for (_pos++; _pos < _q.Length && _q[_pos] != '"'; _pos++)
            {
                if (_q[_pos] == '\\' && _pos + 1 < _q.Length)
                {
                    _pos++;
                }

                text.Append(_q[_pos]);
            }

            return _pos++ < _q.Length ? text.ToString() : throw Error("unterminated quoted value");
        }

        return Word() ?? throw Error($"expected a value after '{op}' for field '{field.Name}'");
    }

    private static decimal Number(NsField field, string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new NsQueryException($"'{text}' is not a number for field '{field.Name}'.");

    private static string Describe(NsType type) => type switch
    {
        NsType.Id or NsType.Integer or NsType.Number => "number",
        NsType.Date or NsType.DateTime => "date/time",
        NsType.Boolean => "boolean",
        NsType.Reference => "reference, compared by internal id",
        _ => "text",
    };

    /// <summary>A bare word: anything up to whitespace, a bracket, a parenthesis, a comma or a quote.</summary>
    private string? Word()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _q.Length && !char.IsWhiteSpace(_q[_pos]) && _q[_pos] is not ('(' or ')' or '[' or ']' or ',' or '"'))
        {
            _pos++;
        }

        return _pos > start ? _q[start.._pos] : null;
    }

    private bool TryWord(string keyword)
    {
        var start = _pos;
        if (string.Equals(Word(), keyword, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        _pos = start;
        return false;
    }

    private bool TrySymbol(char symbol)
    {
        SkipSpace();
        if (_pos < _q.Length && _q[_pos] == symbol)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private string? Peek()
    {
        SkipSpace();
        return _pos < _q.Length ? _q[_pos..] : null;
    }

    private void SkipSpace()
    {
        while (_pos < _q.Length && char.IsWhiteSpace(_q[_pos]))
        {
            _pos++;
        }
    }

    private NsQueryException Error(string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Syntax error at position {_pos + 1}: {problem}."));
}
