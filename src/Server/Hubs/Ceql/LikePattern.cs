namespace OpenElements.Server.Hubs.Ceql;

/// <summary>What a LIKE pattern asks for, in the terms vendors have operators for.</summary>
internal enum LikeShape
{
    /// <summary>No <c>%</c>: the same as <c>=</c>.</summary>
    Exact,
    StartsWith,
    EndsWith,
    Contains,

    /// <summary><c>%</c> inside the text, or a pattern of only <c>%</c>: needs a real LIKE.</summary>
    General,
}

internal readonly record struct LikeAnalysis(LikeShape Shape, string Text);

/// <summary>
/// LIKE with <c>%</c> as the only wildcard (see <see cref="CeqlLike"/>). REVIEW: there is no escape
/// for a literal '%'; Cloud Elements documents none and no test of theirs needs one.
/// </summary>
internal static class LikePattern
{
    public static LikeAnalysis Analyze(string pattern)
    {
        // '%%' means the same as '%'; collapsing first keeps 'a%%' a prefix match.
        while (pattern.Contains("%%", StringComparison.Ordinal))
        {
            pattern = pattern.Replace("%%", "%", StringComparison.Ordinal);
        }

        if (!pattern.Contains('%', StringComparison.Ordinal))
        {
            return new(LikeShape.Exact, pattern);
        }

        var leading = pattern.StartsWith('%');
        var trailing = pattern.Length > 1 && pattern.EndsWith('%');
        var core = pattern[(leading ? 1 : 0)..(trailing ? pattern.Length - 1 : pattern.Length)];
        if (core.Length == 0 || core.Contains('%', StringComparison.Ordinal))
        {
            return new(LikeShape.General, pattern);
        }

        var shape = leading && trailing ? LikeShape.Contains : leading ? LikeShape.EndsWith : LikeShape.StartsWith;
        return new(shape, core);
    }

    /// <summary>Case-insensitive match of the whole value; greedy with backtracking to the last '%', so O(n·m) at worst.</summary>
    public static bool Matches(string value, string pattern)
    {
        int v = 0, p = 0, star = -1, resume = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && pattern[p] == '%')
            {
                star = p++;
                resume = v;
            }
            else if (p < pattern.Length && SameLetter(pattern[p], value[v]))
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

        while (p < pattern.Length && pattern[p] == '%')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool SameLetter(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
