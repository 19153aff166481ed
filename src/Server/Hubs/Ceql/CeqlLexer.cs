using System.Globalization;
using System.Text;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// Splits CEQL into tokens. Characters it does not know become <see cref="CeqlTokenKind.Unknown"/>
/// tokens rather than errors, so the parser can say what it expected at that spot.
/// </summary>
internal static class CeqlLexer
{
    public static List<CeqlToken> Tokenize(string text)
    {
        var tokens = new List<CeqlToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                tokens.Add(new CeqlToken(CeqlTokenKind.End, "", "", text.Length + 1));
                return tokens;
            }

            var start = i;
            var c = text[i];
            CeqlToken token;
            if (c is '(' or ')' or ',')
            {
                var kind = c switch { '(' => CeqlTokenKind.LeftParen, ')' => CeqlTokenKind.RightParen, _ => CeqlTokenKind.Comma };
                token = new CeqlToken(kind, c.ToString(), c.ToString(), start + 1);
                i++;
            }
            else if (c is '\'' or '`')
            {
                var body = ReadQuoted(text, ref i);
                var kind = c == '\'' ? CeqlTokenKind.String : CeqlTokenKind.QuotedField;
                if (kind == CeqlTokenKind.QuotedField && body.Trim().Length == 0)
                {
                    throw new CeqlParseException($"Expected a field name between the back-ticks at position {start + 1}", start + 1);
                }

                token = new CeqlToken(kind, body, text[start..i], start + 1);
            }
            else if (IsOperatorChar(c))
            {
                // A whole run, so '==' or '=>' is reported as one unknown operator, not as '=' then junk.
                while (i < text.Length && IsOperatorChar(text[i]))
                {
                    i++;
                }

                token = new CeqlToken(CeqlTokenKind.Operator, text[start..i], text[start..i], start + 1);
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                token = ReadNumber(text, ref i);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                token = new CeqlToken(CeqlTokenKind.Word, text[start..i], text[start..i], start + 1);
            }
            else
            {
                token = new CeqlToken(CeqlTokenKind.Unknown, c.ToString(), c.ToString(), start + 1);
                i++;
            }

            tokens.Add(token);
        }
    }

    private static bool IsOperatorChar(char c) => c is '=' or '!' or '<' or '>';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';

    /// <summary>Reads '…' or `…`; the quote character doubled stands for itself.</summary>
    private static string ReadQuoted(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var body = new StringBuilder();
        while (true)
        {
            if (i == text.Length)
            {
                var what = quote == '\'' ? "string" : "back-ticked field name";
                throw new CeqlParseException(
                    $"Expected a closing {quote} for the {what} that starts at position {start + 1}, found end of input at position {i + 1}",
                    start + 1);
            }

            if (text[i] != quote)
            {
                body.Append(text[i++]);
            }
            else if (i + 1 < text.Length && text[i + 1] == quote)
            {
                body.Append(quote);
                i += 2;
            }
            else
            {
                i++;
                return body.ToString();
            }
        }
    }

    private static CeqlToken ReadNumber(string text, ref int i)
    {
        var start = i;
        if (text[i] == '-')
        {
            i++;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        // '2015-01-06T09:31:38-07:00' or '12abc' unquoted: name the whole run, not just its first digits.
        if (i < text.Length && (IsWordChar(text[i]) || text[i] == ':'))
        {
            while (i < text.Length && (IsWordChar(text[i]) || text[i] is ':' or '+'))
            {
                i++;
            }

            throw new CeqlParseException(
                $"Expected a number at position {start + 1}, found '{text[start..i]}'; put dates and text in single quotes",
                start + 1);
        }

        var raw = text[start..i];
        if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            throw new CeqlParseException($"Expected a number within ±{decimal.MaxValue} at position {start + 1}, found {raw}", start + 1);
        }

        return new CeqlToken(CeqlTokenKind.Number, raw, raw, start + 1);
    }
}
