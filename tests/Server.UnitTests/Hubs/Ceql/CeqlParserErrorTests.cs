using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class CeqlParserErrorTests
{
    [Theory]
    [InlineData("Name = ", "Expected a value after '=' at position 8, found end of input")]
    [InlineData("Name = AND b = 1", "Expected a value after '=' at position 8, found the keyword 'AND'")]
    [InlineData("Name = Acme", "Expected a value after '=' (put text in single quotes) at position 8, found 'Acme'")]
    [InlineData("a = \"x\"", "Expected a value after '=' at position 5, found '\"'")]
    [InlineData("a < null", "Expected a value other than null after '<' (null is neither less nor greater) at position 5, found the keyword 'NULL'")]
    public void Parse_MissingOrBadValue_NamesPosition(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Fact]
    public void Parse_UnterminatedString_NamesWhereItStarts()
    {
        var error = Assert.Throws<CeqlParseException>(() => CeqlParser.Parse("Name = 'abc"));

        Assert.Equal("Expected a closing ' for the string that starts at position 8, found end of input at position 12", error.Message);
        Assert.Equal(8, error.Position);
    }

    [Fact]
    public void Parse_UnterminatedBackTick_NamesWhereItStarts()
    {
        var error = Assert.Throws<CeqlParseException>(() => CeqlParser.Parse("`First Name = 'x'"));

        Assert.Equal("Expected a closing ` for the back-ticked field name that starts at position 1, found end of input at position 18", error.Message);
    }

    [Theory]
    [InlineData("a == 1", "Expected an operator (=, !=, <>, <, >, <=, >=, LIKE, NOT LIKE, IN, NOT IN, IS) at position 3, found unknown operator '=='")]
    [InlineData("a => 1", "Expected an operator (=, !=, <>, <, >, <=, >=, LIKE, NOT LIKE, IN, NOT IN, IS) at position 3, found unknown operator '=>'")]
    [InlineData("a ~ 1", "Expected an operator (=, !=, <>, <, >, <=, >=, LIKE, NOT LIKE, IN, NOT IN, IS) after 'a' at position 3, found '~'")]
    [InlineData("a CONTAINS 'x'", "Expected an operator (=, !=, <>, <, >, <=, >=, LIKE, NOT LIKE, IN, NOT IN, IS) after 'a' at position 3, found 'CONTAINS'")]
    [InlineData("a", "Expected an operator (=, !=, <>, <, >, <=, >=, LIKE, NOT LIKE, IN, NOT IN, IS) after 'a' at position 2, found end of input")]
    public void Parse_UnknownOrMissingOperator_NamesPosition(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Theory]
    [InlineData("a = 1 AND", "Expected a field name or '(' after 'AND' at position 10, found end of input")]
    [InlineData("a = 1 or ", "Expected a field name or '(' after 'OR' at position 10, found end of input")]
    [InlineData("a = 1 AND OR b = 2", "Expected a field name or '(' after 'AND' at position 11, found the keyword 'OR'")]
    [InlineData("AND a = 1", "Expected a field name or '(' at position 1, found the keyword 'AND'")]
    [InlineData("a = 1 AND null = 2", "Expected a field name or '(' after 'AND' at position 11, found the keyword 'NULL'")]
    [InlineData("a = 1 b = 2", "Expected AND, OR or end of input at position 7, found 'b'")]
    public void Parse_DanglingOrMisplacedKeyword_NamesPosition(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Theory]
    [InlineData("(a = 1", "Expected AND, OR or ')' at position 7 (to close the '(' at position 1), found end of input")]
    [InlineData("a = 1 AND ((b = 2) OR c = 3", "Expected AND, OR or ')' at position 28 (to close the '(' at position 11), found end of input")]
    [InlineData("(a = 1 'x')", "Expected AND, OR or ')' at position 8 (to close the '(' at position 1), found the string 'x'")]
    [InlineData("a = 1)", "Expected AND, OR or end of input at position 6, found ')' with no '(' to close")]
    [InlineData("()", "Expected a field name or '(' after '(' at position 2, found ')'")]
    public void Parse_UnbalancedParentheses_NamesPosition(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Theory]
    [InlineData("", "Expected a field name or '(' at position 1, found end of input")]
    [InlineData("   ", "Expected a field name or '(' at position 4, found end of input")]
    public void Parse_Empty_Throws(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Theory]
    [InlineData("a IN 1", "Expected '(' after IN at position 6, found the number 1")]
    [InlineData("a IN ()", "Expected a value after '(' at position 7, found ')'")]
    [InlineData("a IN ('x' 'y')", "Expected ',' or ')' at position 11 in the IN list opened at position 6, found the string 'y'")]
    [InlineData("a IN ('x', null)", "Expected a value after ',' (null cannot be in an IN list; use IS NULL) at position 12, found the keyword 'NULL'")]
    [InlineData("a IN ('x',", "Expected a value after ',' at position 11, found end of input")]
    [InlineData("a NOT 'x'", "Expected IN or LIKE after 'NOT' at position 7, found the string 'x'")]
    [InlineData("a IS 'x'", "Expected NOT or NULL after 'IS' at position 6, found the string 'x'")]
    [InlineData("a IS NOT 5", "Expected NULL after 'IS NOT' at position 10, found the number 5")]
    [InlineData("a LIKE 5", "Expected a quoted pattern after 'LIKE' at position 8, found the number 5")]
    [InlineData("a NOT LIKE b", "Expected a quoted pattern after 'NOT LIKE' at position 12, found 'b'")]
    public void Parse_BadListOrKeywordOperator_NamesPosition(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Theory]
    [InlineData("d > 2015-01-06T09:31:38-07:00", "Expected a number at position 5, found '2015-01-06T09:31:38-07:00'; put dates and text in single quotes")]
    [InlineData("a = 12abc", "Expected a number at position 5, found '12abc'; put dates and text in single quotes")]
    [InlineData("a = 1.", "Expected a number at position 5, found '1.'; put dates and text in single quotes")]
    [InlineData("`` = 1", "Expected a field name between the back-ticks at position 1")]
    public void Parse_BadLiteral_NamesPosition(string where, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where)).Message);
    }

    [Fact]
    public void Parse_NumberBeyondDecimal_Throws()
    {
        var error = Assert.Throws<CeqlParseException>(() => CeqlParser.Parse("a = 999999999999999999999999999999"));

        Assert.StartsWith("Expected a number within ±79228162514264337593543950335 at position 5", error.Message);
    }

    [Fact]
    public void Parse_TooDeep_NamesTheParenthesisPastTheLimit()
    {
        var where = new string('(', CeqlParser.MaxDepth + 1) + "a=1" + new string(')', CeqlParser.MaxDepth + 1);

        var error = Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where));

        Assert.Equal("Expected at most 32 nested parentheses, found more at position 33", error.Message);
        Assert.Equal(33, error.Position);
    }

    [Fact]
    public void Parse_TooLong_Throws()
    {
        var where = "a = '" + new string('x', CeqlParser.MaxLength - 5) + "'";

        var error = Assert.Throws<CeqlParseException>(() => CeqlParser.Parse(where));

        Assert.Equal("Expected at most 4000 characters, found 4001; position 4001 is past the limit", error.Message);
    }
}
