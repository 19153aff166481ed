namespace OpenElements.Server.Hubs.Ceql;

/// <summary>A cursor over the tokens, and the one place parse errors are worded.</summary>
internal sealed class CeqlTokens(List<CeqlToken> tokens)
{
    private int _index;

    public CeqlToken Peek => tokens[_index];

    public CeqlToken Next()
    {
        var token = tokens[_index];
        if (token.Kind != CeqlTokenKind.End)
        {
            _index++;
        }

        return token;
    }

    /// <summary>"Expected {what} at position {n}, found {token}" (the position is the found token's).</summary>
    public static CeqlParseException Expected(string what, CeqlToken found) =>
        new($"Expected {what} at position {found.Position}, found {found.Describe()}", found.Position);
}
