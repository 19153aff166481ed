namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// <c>orderBy</c> and <c>fields</c>: comma lists of field names, the same bare-or-back-ticked names
/// as in <c>where</c>. Keywords are allowed here (a field called <c>name</c> next to <c>asc</c> is fine).
/// </summary>
internal static class CeqlListParser
{
    public static IReadOnlyList<CeqlSort> OrderBy(CeqlTokens tokens)
    {
        var sorts = new List<CeqlSort>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var what = "a field name";
        while (true)
        {
            var field = FieldToken(tokens, what);
            var direction = CeqlSortDirection.Ascending;
            var next = tokens.Next();
            if (next.IsWord("asc") || next.IsWord("desc"))
            {
                direction = next.IsWord("desc") ? CeqlSortDirection.Descending : CeqlSortDirection.Ascending;
                next = tokens.Next();
            }

            // Two directions for one field cannot both win; say so instead of picking one.
            if (!seen.Add(field.Text))
            {
                throw new CeqlParseException(
                    $"Expected each field once in orderBy, found '{field.Text}' again at position {field.Position}", field.Position);
            }

            sorts.Add(new CeqlSort(field.Text, direction));
            if (next.Kind == CeqlTokenKind.End)
            {
                return sorts;
            }

            if (next.Kind != CeqlTokenKind.Comma)
            {
                throw CeqlTokens.Expected($"asc, desc, ',' or end of input after '{field.Raw}'", next);
            }

            what = "a field name after ','";
        }
    }

    public static IReadOnlyList<string> Fields(CeqlTokens tokens)
    {
        var fields = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var what = "a field name";
        while (true)
        {
            var field = FieldToken(tokens, what);
            if (seen.Add(field.Text))
            {
                fields.Add(field.Text);
            }

            var next = tokens.Next();
            if (next.Kind == CeqlTokenKind.End)
            {
                return fields;
            }

            if (next.Kind != CeqlTokenKind.Comma)
            {
                throw CeqlTokens.Expected($"',' or end of input after '{field.Raw}'", next);
            }

            what = "a field name after ','";
        }
    }

    private static CeqlToken FieldToken(CeqlTokens tokens, string what)
    {
        var token = tokens.Next();
        return token.Kind is CeqlTokenKind.Word or CeqlTokenKind.QuotedField ? token : throw CeqlTokens.Expected(what, token);
    }
}
