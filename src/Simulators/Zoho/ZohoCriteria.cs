namespace OpenElements.Simulators.Zoho;

/// <summary>The criteria of a v1 searchRecords call could not be read (answered with 4420).</summary>
internal sealed class ZohoCriteriaException(string message) : Exception(message);

/// <summary>
/// v1 search criteria: <c>(Label:value)</c> conditions, grouped as <c>((a)AND(b))</c> or <c>((a)OR(b))</c>,
/// nested to any depth, e.g. <c>(((Last Name:Steve)AND(Company:Zillum))OR(Lead Status:Contacted))</c>.
/// </summary>
/// <remarks>
/// REVIEW: [M] how v1 matched a value is not documented. The simulator compares the whole value, ignoring
/// case, and lets <c>*</c> stand for any run of characters (Zoho's UI search wildcard), so <c>Smi*</c> is a
/// prefix search. A backslash escapes the next character (<c>\)</c>, <c>\(</c>, <c>\*</c>, <c>\\</c>), so
/// values may hold parentheses. One group holds one kind of join: mixing AND and OR without parentheses is refused.
/// </remarks>
internal abstract record ZohoCriterion
{
    public abstract bool Matches(ZohoRecord record);

    public static ZohoCriterion Parse(string text, Func<string, bool> knownLabel)
    {
        var i = 0;
        var criterion = Expression(text, ref i, knownLabel);
        SkipBlanks(text, ref i);
        return i == text.Length ? criterion : throw new ZohoCriteriaException($"unexpected text at {i + 1}");
    }

    private static ZohoCriterion Expression(string text, ref int i, Func<string, bool> knownLabel)
    {
        SkipBlanks(text, ref i);
        Expect(text, ref i, '(');
        SkipBlanks(text, ref i);
        if (i < text.Length && text[i] == '(')
        {
            var operands = new List<ZohoCriterion> { Expression(text, ref i, knownLabel) };
            string? join = null;
            while (true)
            {
                SkipBlanks(text, ref i);
                if (i < text.Length && text[i] == ')')
                {
                    i++;
                    return operands.Count == 1 ? operands[0] : join == "AND" ? new ZohoAll(operands) : new ZohoAny(operands);
                }

                var word = Join(text, ref i);
                if (join is not null && word != join)
                {
                    throw new ZohoCriteriaException("AND and OR mixed in one group");
                }

                join = word;
                operands.Add(Expression(text, ref i, knownLabel));
            }
        }

        return Condition(text, ref i, knownLabel);
    }

    private static ZohoCriterion Condition(string text, ref int i, Func<string, bool> knownLabel)
    {
        var colon = text.IndexOf(':', i);
        if (colon < 0)
        {
            throw new ZohoCriteriaException("a condition without ':'");
        }

        var label = text[i..colon].Trim();
        if (!knownLabel(label))
        {
            throw new ZohoCriteriaException($"no field '{label}'");
        }

        var pattern = new List<(char Char, bool Literal)>();
        i = colon + 1;
        while (i < text.Length && text[i] != ')')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                pattern.Add((text[i + 1], true));
                i += 2;
                continue;
            }

            pattern.Add((text[i], false));
            i++;
        }

        Expect(text, ref i, ')');
        return new ZohoCondition(label, [.. pattern]);
    }

    private static string Join(string text, ref int i)
    {
        foreach (var word in (string[])["AND", "OR"])
        {
            if (string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += word.Length;
                return word;
            }
        }

        throw new ZohoCriteriaException($"expected AND or OR at {i + 1}");
    }

    private static void Expect(string text, ref int i, char c)
    {
        if (i >= text.Length || text[i] != c)
        {
            throw new ZohoCriteriaException($"expected '{c}' at {i + 1}");
        }

        i++;
    }

    private static void SkipBlanks(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}

internal sealed record ZohoAll(IReadOnlyList<ZohoCriterion> Operands) : ZohoCriterion
{
    public override bool Matches(ZohoRecord record) => Operands.All(o => o.Matches(record));
}

internal sealed record ZohoAny(IReadOnlyList<ZohoCriterion> Operands) : ZohoCriterion
{
    public override bool Matches(ZohoRecord record) => Operands.Any(o => o.Matches(record));
}

/// <summary>One <c>(Label:value)</c>; an unescaped <c>*</c> in the value matches any run of characters.</summary>
internal sealed record ZohoCondition(string Label, (char Char, bool Literal)[] Pattern) : ZohoCriterion
{
    public override bool Matches(ZohoRecord record) => Glob(record[Label]);

    // Greedy with backtracking to the last '*', so O(n·m) at worst.
    private bool Glob(string value)
    {
        int v = 0, p = 0, star = -1, resume = 0;
        while (v < value.Length)
        {
            if (p < Pattern.Length && Pattern[p] is ('*', false))
            {
                star = p++;
                resume = v;
            }
            else if (p < Pattern.Length && char.ToUpperInvariant(Pattern[p].Char) == char.ToUpperInvariant(value[v]))
            {
                p++;
                v++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < Pattern.Length && Pattern[p] is ('*', false))
        {
            p++;
        }

        return p == Pattern.Length;
    }
}
