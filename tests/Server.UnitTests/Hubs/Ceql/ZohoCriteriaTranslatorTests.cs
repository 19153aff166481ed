using OpenElements.Server.Hubs.Ceql;
using static OpenElements.Server.UnitTests.Hubs.Ceql.TranslatorFixture;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class ZohoCriteriaTranslatorTests
{
    private static readonly ZohoCriteriaTranslator V2 = new();
    private static readonly ZohoCriteriaTranslator Extended = new(ZohoCriteriaDialect.Extended);

    [Fact]
    public void Translate_Equal_IsCriteriaParameter()
    {
        Assert.Equal(new VendorFilter("criteria", "(companyName:equals:Acme)"), V2.Translate(CeqlParser.Parse("Name = 'Acme'"), Fields));
    }

    [Theory]
    [InlineData("Name LIKE 'G%' AND Email = 'd@x.com'", "((companyName:starts_with:G)and(email:equals:d@x.com))")]
    [InlineData("Name = 'a' OR Email = 'b'", "((companyName:equals:a)or(email:equals:b))")]
    [InlineData("Name = 'a' AND (Email = 'b' OR Email = 'c')", "((companyName:equals:a)and((email:equals:b)or(email:equals:c)))")]
    [InlineData("Name IN ('a', 'b')", "((companyName:equals:a)or(companyName:equals:b))")]
    [InlineData("Name IN ('a')", "(companyName:equals:a)")]
    [InlineData("Name LIKE 'Acme'", "(companyName:equals:Acme)")]
    [InlineData("Revenue = 5", "(revenue:equals:5)")]
    [InlineData("Active = true", "(isActive:equals:true)")]
    [InlineData("Modified = '2024-01-31T10:00:00+05:30'", "(lastModifiedDate:equals:2024-01-31T04:30:00+00:00)")]
    [InlineData("Modified = '2024-01-31'", "(lastModifiedDate:equals:2024-01-31)")]
    public void Translate_V2_EqualsAndStartsWith(string where, string criteria)
    {
        Assert.Equal(criteria, Translate(V2, where));
    }

    [Fact]
    public void Translate_ParenthesesCommaBackslash_Escaped()
    {
        Assert.Equal("(companyName:starts_with:Smith\\, \\(Jr\\) \\\\x)", Translate(V2, "Name LIKE 'Smith, (Jr) \\x%'"));
    }

    [Theory]
    [InlineData("Name != 'a'", "(companyName:not_equal:a)")]
    [InlineData("Revenue > 5", "(revenue:greater_than:5)")]
    [InlineData("Revenue >= 5", "(revenue:greater_equal:5)")]
    [InlineData("Revenue < 5", "(revenue:less_than:5)")]
    [InlineData("Revenue <= 5", "(revenue:less_equal:5)")]
    [InlineData("Modified >= '2024-01-31'", "(lastModifiedDate:greater_equal:2024-01-31)")]
    [InlineData("Name IN ('a', 'b,c')", "(companyName:in:a,b\\,c)")]
    [InlineData("Name NOT IN ('a', 'b')", "((companyName:not_equal:a)and(companyName:not_equal:b))")]
    [InlineData("Name NOT LIKE 'a'", "(companyName:not_equal:a)")]
    public void Translate_Extended_ComparisonOperators(string where, string criteria)
    {
        Assert.Equal(criteria, Translate(Extended, where));
    }

    [Theory]
    [InlineData("Name != 'a'", "Zoho CRM cannot express '!=' on 'Name': v2 search criteria only have equals and starts_with")]
    [InlineData("Revenue > 5", "Zoho CRM cannot express '>' on 'Revenue': v2 search criteria only have equals and starts_with")]
    [InlineData("Name NOT IN ('a')", "Zoho CRM cannot express NOT IN on 'Name': v2 search criteria only have equals and starts_with")]
    [InlineData("Email IS NULL", "Zoho CRM cannot express IS NULL on 'Email': search criteria have no test for an empty field")]
    [InlineData("Email IS NOT NULL", "Zoho CRM cannot express IS NOT NULL on 'Email': search criteria have no test for an empty field")]
    [InlineData("Name LIKE '%cme'", "Zoho CRM cannot express LIKE '%cme' on 'Name': criteria only match a whole value (equals) or a prefix (starts_with)")]
    [InlineData("Name LIKE '%cme%'", "Zoho CRM cannot express LIKE '%cme%' on 'Name': criteria only match a whole value (equals) or a prefix (starts_with)")]
    [InlineData("Name NOT LIKE 'A%'", "Zoho CRM cannot express NOT LIKE 'A%' on 'Name': starts_with cannot be negated")]
    [InlineData("Owner > 1", "Zoho CRM cannot express '>' on 'Owner': a reference field has no order")]
    public void Translate_V2Inexpressible_RefusesNamingIt(string where, string message)
    {
        Assert.Equal(message, Refusal(V2, where));
    }

    [Theory]
    [InlineData("Name > 'a'", "Zoho CRM cannot express '>' on 'Name': greater_than and the like only apply to number and date fields")]
    [InlineData("Name NOT LIKE 'A%'", "Zoho CRM cannot express NOT LIKE 'A%' on 'Name': starts_with cannot be negated")]
    public void Translate_ExtendedInexpressible_RefusesNamingIt(string where, string message)
    {
        Assert.Equal(message, Refusal(Extended, where));
    }

    [Fact]
    public void Translate_TenCriteria_Accepted()
    {
        var where = string.Join(" OR ", Enumerable.Range(1, 10).Select(i => $"Revenue = {i}"));

        Assert.StartsWith("((revenue:equals:1)or", Translate(V2, where));
    }

    [Theory]
    [InlineData("Revenue = 1 OR Revenue = 2 OR Revenue = 3 OR Revenue = 4 OR Revenue = 5 OR Revenue = 6 OR Revenue = 7 OR Revenue = 8 OR Revenue = 9 OR Revenue = 10 OR Revenue = 11")]
    [InlineData("Name IN ('1', '2', '3', '4', '5', '6', '7', '8', '9', '10') AND Revenue = 1")]
    public void Translate_ElevenCriteria_Refused(string where)
    {
        Assert.Equal("Zoho CRM cannot combine more than 10 criteria; this filter needs 11", Refusal(V2, where));
    }
}
