namespace OpenElements.Server.Hubs.Ceql;

internal enum CeqlTokenKind
{
    Word,
    QuotedField,
    String,
    Number,
    Operator,
    LeftParen,
    RightParen,
    Comma,
    Unknown,
    End,
}

/// <summary>
/// One token. <paramref name="Text"/> is the value (unquoted, unescaped); <paramref name="Raw"/> is
/// the source slice, for messages; <paramref name="Position"/> is 1-based.
/// </summary>
internal readonly record struct CeqlToken(CeqlTokenKind Kind, string Text, string Raw, int Position)
{
    public bool IsWord(string keyword) =>
        Kind == CeqlTokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsKeyword => Kind == CeqlTokenKind.Word && CeqlText.IsKeyword(Text);

    /// <summary>A field name: a bare word that is not a keyword, or anything in back-ticks.</summary>
    public bool IsField => Kind == CeqlTokenKind.QuotedField || (Kind == CeqlTokenKind.Word && !IsKeyword);

    public string Describe() => Kind switch
    {
        CeqlTokenKind.End => "end of input",
        CeqlTokenKind.String => $"the string {Raw}",
        CeqlTokenKind.Number => $"the number {Raw}",
        CeqlTokenKind.Word when IsKeyword => $"the keyword '{Text.ToUpperInvariant()}'",
        _ => $"'{Raw}'",
    };
}
