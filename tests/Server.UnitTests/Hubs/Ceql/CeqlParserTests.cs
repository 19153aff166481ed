using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class CeqlParserTests
{
    [Fact]
    public void Parse_DocsEqualExample_BuildsComparison()
    {
        var expression = CeqlParser.Parse("Name='Edge Communications'");

        Assert.Equal(new CeqlComparison("Name", CeqlOperator.Equal, new CeqlString("Edge Communications")), expression);
    }

    [Theory]
    [InlineData("a = 1", CeqlOperator.Equal)]
    [InlineData("a != 1", CeqlOperator.NotEqual)]
    [InlineData("a <> 1", CeqlOperator.NotEqual)]
    [InlineData("a < 1", CeqlOperator.Less)]
    [InlineData("a <= 1", CeqlOperator.LessOrEqual)]
    [InlineData("a > 1", CeqlOperator.Greater)]
    [InlineData("a >= 1", CeqlOperator.GreaterOrEqual)]
    [InlineData("a>=1", CeqlOperator.GreaterOrEqual)]
    public void Parse_EachOperator_MapsToOperator(string where, CeqlOperator op)
    {
        var comparison = Assert.IsType<CeqlComparison>(CeqlParser.Parse(where));

        Assert.Equal(op, comparison.Operator);
        Assert.Equal(CeqlNumber.Of(1), comparison.Value);
    }

    [Fact]
    public void Parse_OrThenAnd_GroupsAndFirst()
    {
        var or = Assert.IsType<CeqlOr>(CeqlParser.Parse("a=1 OR b=2 AND c=3"));

        Assert.IsType<CeqlComparison>(or.Operands[0]);
        var and = Assert.IsType<CeqlAnd>(or.Operands[1]);
        Assert.Equal(["b", "c"], and.Operands.Cast<CeqlComparison>().Select(c => c.Field));
    }

    [Theory]
    [InlineData("a=1 OR b=2 AND c=3", "a = 1 OR (b = 2 AND c = 3)")]
    [InlineData("a=1 AND b=2 OR c=3", "(a = 1 AND b = 2) OR c = 3")]
    [InlineData("a=1 AND (b=2 OR c=3)", "a = 1 AND (b = 2 OR c = 3)")]
    [InlineData("(a=1 OR b=2) AND c=3", "(a = 1 OR b = 2) AND c = 3")]
    [InlineData("((a=1))", "a = 1")]
    [InlineData("a=1 AND b=2 AND c=3 OR d=4 OR e=5", "(a = 1 AND b = 2 AND c = 3) OR d = 4 OR e = 5")]
    [InlineData("a=1 and b=2 Or c like 'x%'", "(a = 1 AND b = 2) OR c LIKE 'x%'")]
    [InlineData("a = 1 aNd NOT_a = 2", "a = 1 AND NOT_a = 2")]
    public void Parse_Grouping_MatchesCanonicalText(string where, string canonical)
    {
        Assert.Equal(canonical, CeqlParser.Parse(where).ToString());
    }

    [Fact]
    public void Parse_DocsDateAndGroupExample_KeepsGroup()
    {
        var expression = CeqlParser.Parse("LastModifiedDate>'2018-01-15T00:00:00.000Z' AND (Name='Account Name' OR Industry='Apparel')");

        Assert.Equal(
            "LastModifiedDate > '2018-01-15T00:00:00.000Z' AND (Name = 'Account Name' OR Industry = 'Apparel')",
            expression.ToString());
    }

    [Theory]
    [InlineData("`custom.multi.scriptId` = 'custentity1'", "custom.multi.scriptId")]
    [InlineData("`First Name` = 'Ann'", "First Name")]
    [InlineData("`a``b` = 'x'", "a`b")]
    [InlineData("`and` = 'x'", "and")]
    [InlineData("address.city = 'x'", "address.city")]
    [InlineData("_info.lastUpdated = 'x'", "_info.lastUpdated")]
    [InlineData("date-entered = 'x'", "date-entered")]
    [InlineData("first_name = 'x'", "first_name")]
    public void Parse_FieldNames_BareOrBackTicked(string where, string field)
    {
        Assert.Equal(field, Assert.IsType<CeqlComparison>(CeqlParser.Parse(where)).Field);
    }

    [Theory]
    [InlineData("`First Name` = 'Ann'", "`First Name` = 'Ann'")]
    [InlineData("`a``b` = 'x'", "`a``b` = 'x'")]
    [InlineData("`and` = 'x'", "`and` = 'x'")]
    [InlineData("`custom.multi.scriptId` = 'x'", "custom.multi.scriptId = 'x'")]
    public void ToString_FieldNeedingQuotes_BackTicksIt(string where, string canonical)
    {
        Assert.Equal(canonical, CeqlParser.Parse(where).ToString());
    }

    [Theory]
    [InlineData("Name = 'O''Brien'", "O'Brien")]
    [InlineData("Name = ''''", "'")]
    [InlineData("Name = ''", "")]
    [InlineData("Name = 'a AND b = (1)'", "a AND b = (1)")]
    public void Parse_QuotedStrings_UnescapesDoubledQuote(string where, string value)
    {
        Assert.Equal(new CeqlString(value), Assert.IsType<CeqlComparison>(CeqlParser.Parse(where)).Value);
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("3.25", 3.25)]
    [InlineData("-0.5", -0.5)]
    [InlineData("1.50", 1.5)]
    public void Parse_Numbers_KeepsValueAndText(string literal, double expected)
    {
        var value = Assert.IsType<CeqlNumber>(Assert.IsType<CeqlComparison>(CeqlParser.Parse($"a = {literal}")).Value);

        Assert.Equal((decimal)expected, value.Value);
        Assert.Equal(literal, value.Text);
    }

    [Theory]
    [InlineData("Active = true", true)]
    [InlineData("Active = TRUE", true)]
    [InlineData("Active = False", false)]
    public void Parse_Booleans_AnyCase(string where, bool expected)
    {
        Assert.Equal(new CeqlBoolean(expected), Assert.IsType<CeqlComparison>(CeqlParser.Parse(where)).Value);
    }

    [Fact]
    public void Parse_InList_KeepsValuesInOrder()
    {
        var @in = Assert.IsType<CeqlIn>(CeqlParser.Parse("Status in ('a', 'b',3, true)"));

        Assert.False(@in.Negated);
        Assert.Equal([new CeqlString("a"), new CeqlString("b"), CeqlNumber.Of(3), new CeqlBoolean(true)], @in.Values);
    }

    [Fact]
    public void Parse_NotIn_IsNegated()
    {
        var @in = Assert.IsType<CeqlIn>(CeqlParser.Parse("Status NOT IN ('a')"));

        Assert.True(@in.Negated);
        Assert.Equal("Status NOT IN ('a')", @in.ToString());
    }

    [Theory]
    [InlineData("email IS NULL", false)]
    [InlineData("email is not null", true)]
    [InlineData("email = null", false)]
    [InlineData("email != NULL", true)]
    [InlineData("email <> null", true)]
    public void Parse_NullTests_BecomeIsNull(string where, bool negated)
    {
        Assert.Equal(new CeqlIsNull("email", negated), CeqlParser.Parse(where));
    }

    [Theory]
    [InlineData("Name LIKE 'Acc%'", "Acc%", false)]
    [InlineData("Name not like '%a_b%'", "%a_b%", true)]
    public void Parse_Like_KeepsPatternAsWritten(string where, string pattern, bool negated)
    {
        Assert.Equal(new CeqlLike("Name", pattern, negated), CeqlParser.Parse(where));
    }

    [Theory]
    [InlineData("a=1 OR b=2 AND c=3")]
    [InlineData("`First Name` NOT LIKE '%o''b%' AND (x IS NOT NULL OR y IN (1, -2.5, 'z'))")]
    [InlineData("a != 'x' AND (b < 1 OR (c >= 2 AND d NOT IN (true, false)))")]
    public void ToString_Reparsed_GivesSameText(string where)
    {
        var text = CeqlParser.Parse(where).ToString();

        Assert.Equal(text, CeqlParser.Parse(text).ToString());
    }

    [Fact]
    public void Parse_MaxDepth_Accepted()
    {
        var where = new string('(', CeqlParser.MaxDepth) + "a=1" + new string(')', CeqlParser.MaxDepth);

        Assert.Equal("a = 1", CeqlParser.Parse(where).ToString());
    }

    [Fact]
    public void Parse_MaxLength_Accepted()
    {
        var where = "a = '" + new string('x', CeqlParser.MaxLength - 6) + "'";

        Assert.Equal(CeqlParser.MaxLength, where.Length);
        Assert.IsType<CeqlComparison>(CeqlParser.Parse(where));
    }
}
