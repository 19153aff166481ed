using OpenElements.Server.Hubs.Ceql;
using static OpenElements.Server.UnitTests.Hubs.Ceql.TranslatorFixture;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class OracleQueryTranslatorTests
{
    private static readonly OracleQueryTranslator Oracle = new();

    [Fact]
    public void Translate_DocsExample_MatchesV2Syntax()
    {
        var filter = Oracle.Translate(CeqlParser.Parse("Name LIKE 'A%' AND Modified > '2019-08-20T00:00:00+00:00'"), Fields);

        Assert.Equal(new VendorFilter("q", "companyName LIKE 'A%' and lastModifiedDate > '2019-08-20T00:00:00+00:00'"), filter);
    }

    [Theory]
    [InlineData("Name = 'Acme'", "companyName = 'Acme'")]
    [InlineData("Name != 'Acme'", "companyName <> 'Acme'")]
    [InlineData("Name > 'M'", "companyName > 'M'")]
    [InlineData("Revenue < 5", "revenue < 5")]
    [InlineData("Revenue <= 5", "revenue <= 5")]
    [InlineData("Revenue >= 5.5", "revenue >= 5.5")]
    [InlineData("Modified > '2019-08-20T02:00:00+02:00'", "lastModifiedDate > '2019-08-20T00:00:00+00:00'")]
    [InlineData("Modified >= '2019-08-20'", "lastModifiedDate >= '2019-08-20'")]
    [InlineData("Active = true", "isActive = true")]
    [InlineData("Owner = 300000001", "owner = 300000001")]
    [InlineData("Name = 'O''Brien'", "companyName = 'O''Brien'")]
    public void Translate_Comparison_SameOperator(string where, string q)
    {
        Assert.Equal(q, Translate(Oracle, where));
    }

    [Theory]
    [InlineData("Revenue IN (1, 2)", "revenue IN (1, 2)")]
    [InlineData("Name IN ('a', 'b')", "companyName IN ('a', 'b')")]
    [InlineData("Name NOT IN ('a', 'b')", "companyName <> 'a' and companyName <> 'b'")]
    [InlineData("Revenue > 1 OR Name NOT IN ('a', 'b')", "revenue > 1 or (companyName <> 'a' and companyName <> 'b')")]
    [InlineData("Email IS NULL", "email IS NULL")]
    [InlineData("Email IS NOT NULL", "email IS NOT NULL")]
    [InlineData("Name LIKE '%cme%'", "companyName LIKE '%cme%'")]
    [InlineData("Name LIKE 'A%c%'", "companyName LIKE 'A%c%'")]
    [InlineData("Name LIKE 'Acme'", "companyName = 'Acme'")]
    [InlineData("Name NOT LIKE 'Acme'", "companyName <> 'Acme'")]
    [InlineData("Name LIKE 'O''B%'", "companyName LIKE 'O''B%'")]
    [InlineData("Revenue > 1 AND (Name = 'a' OR Name = 'b')", "revenue > 1 and (companyName = 'a' or companyName = 'b')")]
    public void Translate_ListsNullsLikeAndGroups(string where, string q)
    {
        Assert.Equal(q, Translate(Oracle, where));
    }

    [Theory]
    [InlineData("Name NOT LIKE 'A%'", "Oracle Sales Cloud cannot express NOT LIKE 'A%' on 'Name': its documented q syntax has LIKE but no NOT LIKE")]
    [InlineData("Name LIKE 'a_b%'", "Oracle Sales Cloud cannot express LIKE 'a_b%' on 'Name': '_' is a single-character wildcard in its LIKE, and q has no escape for it")]
    [InlineData("Owner > 5", "Oracle Sales Cloud cannot express '>' on 'Owner': a reference field has no order")]
    [InlineData("Active LIKE 't%'", "Oracle Sales Cloud cannot express LIKE 't%' on 'Active': LIKE needs a text field, and this is a boolean field")]
    public void Translate_Inexpressible_RefusesNamingIt(string where, string message)
    {
        Assert.Equal(message, Refusal(Oracle, where));
    }
}
