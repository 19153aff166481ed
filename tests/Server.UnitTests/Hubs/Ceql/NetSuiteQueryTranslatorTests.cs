using OpenElements.Server.Hubs.Ceql;
using static OpenElements.Server.UnitTests.Hubs.Ceql.TranslatorFixture;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class NetSuiteQueryTranslatorTests
{
    private static readonly NetSuiteQueryTranslator NetSuite = new();

    [Fact]
    public void Translate_Equal_IsQParameter()
    {
        Assert.Equal(new VendorFilter("q", "companyName IS \"Acme\""), NetSuite.Translate(CeqlParser.Parse("Name = 'Acme'"), Fields));
    }

    [Theory]
    [InlineData("Name != 'Acme'", "companyName IS_NOT \"Acme\"")]
    [InlineData("Revenue = 5", "revenue EQUAL 5")]
    [InlineData("Revenue <> 5", "revenue EQUAL_NOT 5")]
    [InlineData("Revenue < 5", "revenue LESS 5")]
    [InlineData("Revenue <= 5", "revenue LESS_OR_EQUAL 5")]
    [InlineData("Revenue > -1.50", "revenue GREATER -1.50")]
    [InlineData("Revenue >= '1000'", "revenue GREATER_OR_EQUAL 1000")]
    [InlineData("Modified < '2024-01-31T10:00:00Z'", "lastModifiedDate BEFORE \"2024-01-31T10:00:00Z\"")]
    [InlineData("Modified <= '2024-01-31T10:00:00Z'", "lastModifiedDate ON_OR_BEFORE \"2024-01-31T10:00:00Z\"")]
    [InlineData("Modified > '2024-01-31T10:00:00.500Z'", "lastModifiedDate AFTER \"2024-01-31T10:00:00.5Z\"")]
    [InlineData("Modified >= '2024-01-31T10:00:00+02:00'", "lastModifiedDate ON_OR_AFTER \"2024-01-31T08:00:00Z\"")]
    [InlineData("Modified = '2024-01-31'", "lastModifiedDate ON \"2024-01-31\"")]
    [InlineData("Modified != '2024-01-31'", "lastModifiedDate ON_NOT \"2024-01-31\"")]
    [InlineData("Active = true", "isActive IS true")]
    [InlineData("Active != 'false'", "isActive IS_NOT false")]
    [InlineData("Owner = 13", "owner ANY_OF [13]")]
    [InlineData("Owner != 13", "owner ANY_OF_NOT [13]")]
    public void Translate_Comparison_UsesTypedOperator(string where, string q)
    {
        Assert.Equal(q, Translate(NetSuite, where));
    }

    [Theory]
    [InlineData("Revenue IN (1, 2)", "revenue ANY_OF [1, 2]")]
    [InlineData("Owner NOT IN (13, 'x')", "owner ANY_OF_NOT [13, \"x\"]")]
    [InlineData("Name IN ('a', 'b')", "companyName IS \"a\" OR companyName IS \"b\"")]
    [InlineData("Name NOT IN ('a', 'b')", "companyName IS_NOT \"a\" AND companyName IS_NOT \"b\"")]
    [InlineData("Revenue > 1 AND Name IN ('a', 'b')", "revenue GREATER 1 AND (companyName IS \"a\" OR companyName IS \"b\")")]
    [InlineData("Name IN ('a')", "companyName IS \"a\"")]
    public void Translate_In_AnyOfOrSpelledOut(string where, string q)
    {
        Assert.Equal(q, Translate(NetSuite, where));
    }

    [Theory]
    [InlineData("Email IS NULL", "email EMPTY")]
    [InlineData("Email IS NOT NULL", "email EMPTY_NOT")]
    [InlineData("Modified = null", "lastModifiedDate EMPTY")]
    public void Translate_IsNull_Empty(string where, string q)
    {
        Assert.Equal(q, Translate(NetSuite, where));
    }

    [Theory]
    [InlineData("Name LIKE 'Acme%'", "companyName START_WITH \"Acme\"")]
    [InlineData("Name LIKE '%Inc'", "companyName END_WITH \"Inc\"")]
    [InlineData("Name LIKE '%cme%'", "companyName CONTAIN \"cme\"")]
    [InlineData("Name LIKE '%%cme%%'", "companyName CONTAIN \"cme\"")]
    [InlineData("Name LIKE 'Acme'", "companyName IS \"Acme\"")]
    [InlineData("Name NOT LIKE 'Acme%'", "companyName START_WITH_NOT \"Acme\"")]
    [InlineData("Name NOT LIKE '%Inc'", "companyName END_WITH_NOT \"Inc\"")]
    [InlineData("Name NOT LIKE '%cme%'", "companyName CONTAIN_NOT \"cme\"")]
    [InlineData("Name LIKE 'a_b%'", "companyName START_WITH \"a_b\"")]
    public void Translate_Like_StringOperators(string where, string q)
    {
        Assert.Equal(q, Translate(NetSuite, where));
    }

    [Theory]
    [InlineData("Name = 'a' OR Name = 'b' AND Revenue > 1", "companyName IS \"a\" OR (companyName IS \"b\" AND revenue GREATER 1)")]
    [InlineData("(Name = 'a' OR Name = 'b') AND Revenue > 1", "(companyName IS \"a\" OR companyName IS \"b\") AND revenue GREATER 1")]
    public void Translate_Groups_Parenthesised(string where, string q)
    {
        Assert.Equal(q, Translate(NetSuite, where));
    }

    [Fact]
    public void Translate_QuoteAndBackslashInValue_Escaped()
    {
        Assert.Equal("companyName IS \"Say \\\"hi\\\" \\\\ now\"", Translate(NetSuite, "Name = 'Say \"hi\" \\ now'"));
    }

    [Theory]
    [InlineData("Name < 'b'", "NetSuite cannot express '<' on 'Name': text fields only have IS, CONTAIN, START_WITH and END_WITH")]
    [InlineData("Name LIKE 'a%b'", "NetSuite cannot express LIKE 'a%b' on 'Name': only 'text%', '%text' and '%text%' map to its START_WITH, END_WITH and CONTAIN")]
    [InlineData("Name LIKE '%'", "NetSuite cannot express LIKE '%' on 'Name': only 'text%', '%text' and '%text%' map to its START_WITH, END_WITH and CONTAIN")]
    [InlineData("Modified = '2024-01-31T10:00:00Z'", "NetSuite cannot express '=' with a date-time on 'Modified': its ON operator compares whole days; compare with a date such as '2024-01-31', or use >= and <")]
    [InlineData("Modified IN ('2024-01-31T10:00:00Z')", "NetSuite cannot express '=' with a date-time on 'Modified': its ON operator compares whole days; compare with a date such as '2024-01-31', or use >= and <")]
    [InlineData("Active > true", "NetSuite cannot express '>' on 'Active': a boolean field has no order")]
    [InlineData("Owner < 3", "NetSuite cannot express '<' on 'Owner': a reference field has no order")]
    [InlineData("Revenue LIKE '1%'", "NetSuite cannot express LIKE '1%' on 'Revenue': LIKE needs a text field, and this is a number field")]
    [InlineData("Nope = 1", "NetSuite cannot filter on 'Nope': the field is not known for this object")]
    [InlineData("Modified > 'yesterday'", "NetSuite cannot compare date field 'Modified' with 'yesterday': expected an ISO-8601 date in quotes, such as '2024-01-31' or '2024-01-31T12:00:00Z'")]
    [InlineData("Modified > 20240131", "NetSuite cannot compare date field 'Modified' with 20240131: expected an ISO-8601 date in quotes, such as '2024-01-31' or '2024-01-31T12:00:00Z'")]
    [InlineData("Revenue = 'lots'", "NetSuite cannot compare number field 'Revenue' with 'lots': expected a number")]
    [InlineData("Active = 1", "NetSuite cannot compare boolean field 'Active' with 1: expected true or false")]
    public void Translate_Inexpressible_RefusesNamingIt(string where, string message)
    {
        Assert.Equal(message, Refusal(NetSuite, where));
    }

    [Fact]
    public void Translate_RefusalInsideOr_NotDropped()
    {
        Assert.StartsWith("NetSuite cannot express '<' on 'Name'", Refusal(NetSuite, "Revenue > 1 OR (Active = true AND Name < 'b')"));
    }
}
