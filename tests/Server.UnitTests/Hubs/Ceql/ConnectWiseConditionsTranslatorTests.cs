using OpenElements.Server.Hubs.Ceql;
using static OpenElements.Server.UnitTests.Hubs.Ceql.TranslatorFixture;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class ConnectWiseConditionsTranslatorTests
{
    private static readonly ConnectWiseConditionsTranslator ConnectWise = new();

    [Fact]
    public void Translate_ModifiedSince_MatchesPollingForm()
    {
        var fields = FieldMap.Of(("_info.lastUpdated", "lastUpdated", CeqlFieldType.Date));

        var filter = ConnectWise.Translate(CeqlParser.Parse("_info.lastUpdated > '2024-01-01T00:00:00Z'"), fields);

        Assert.Equal(new VendorFilter("conditions", "lastUpdated > [2024-01-01T00:00:00Z]"), filter);
    }

    [Theory]
    [InlineData("Name = 'Acme'", "companyName = \"Acme\"")]
    [InlineData("Name != 'Acme'", "companyName != \"Acme\"")]
    [InlineData("Name <> 'Acme'", "companyName != \"Acme\"")]
    [InlineData("Revenue < 5", "revenue < 5")]
    [InlineData("Revenue <= 5", "revenue <= 5")]
    [InlineData("Revenue > 5", "revenue > 5")]
    [InlineData("Revenue >= '5'", "revenue >= 5")]
    [InlineData("Modified > '2024-01-01'", "lastModifiedDate > [2024-01-01T00:00:00Z]")]
    [InlineData("Modified < '2024-01-01T10:00:00-05:00'", "lastModifiedDate < [2024-01-01T15:00:00Z]")]
    [InlineData("Active = false", "isActive = false")]
    [InlineData("Email IS NULL", "email = null")]
    [InlineData("Email IS NOT NULL", "email != null")]
    [InlineData("Name = 'Say \"hi\"'", "companyName = \"Say \\\"hi\\\"\"")]
    public void Translate_Comparison_ConditionsSyntax(string where, string conditions)
    {
        Assert.Equal(conditions, Translate(ConnectWise, where));
    }

    [Theory]
    [InlineData("Revenue IN (1, 2)", "revenue in (1, 2)")]
    [InlineData("Name IN ('a', 'b')", "companyName in (\"a\", \"b\")")]
    [InlineData("Name NOT IN ('a', 'b')", "companyName not in (\"a\", \"b\")")]
    [InlineData("Name LIKE '%cme%'", "companyName contains \"cme\"")]
    [InlineData("Name LIKE '%a_b%'", "companyName contains \"a_b\"")]
    [InlineData("Name NOT LIKE '%cme%'", "companyName not contains \"cme\"")]
    [InlineData("Name LIKE 'Ac%'", "companyName like \"Ac%\"")]
    [InlineData("Name LIKE '%me'", "companyName like \"%me\"")]
    [InlineData("Name LIKE 'A%c%e'", "companyName like \"A%c%e\"")]
    [InlineData("Name NOT LIKE 'Ac%'", "companyName not like \"Ac%\"")]
    [InlineData("Name LIKE 'Acme'", "companyName = \"Acme\"")]
    [InlineData("Name NOT LIKE 'Acme'", "companyName != \"Acme\"")]
    [InlineData("(Name = 'a' OR Name = 'b') AND Revenue >= 10", "(companyName = \"a\" or companyName = \"b\") and revenue >= 10")]
    public void Translate_ListsLikeAndGroups_ConditionsSyntax(string where, string conditions)
    {
        Assert.Equal(conditions, Translate(ConnectWise, where));
    }

    [Fact]
    public void Translate_ReferenceWithSlashPath_UsesVendorName()
    {
        var fields = FieldMap.Of(("company.id", "company/id", CeqlFieldType.Reference), ("board.name", "board/name", CeqlFieldType.String));

        var filter = ConnectWise.Translate(CeqlParser.Parse("company.id IN (1, 2) AND board.name = 'Help Desk'"), fields);

        Assert.Equal("company/id in (1, 2) and board/name = \"Help Desk\"", filter.Value);
    }

    [Theory]
    [InlineData("Name LIKE 'a_b%'", "ConnectWise cannot express LIKE 'a_b%' on 'Name': '_' is a single-character wildcard in its like, and conditions have no escape for it")]
    [InlineData("Active LIKE 't%'", "ConnectWise cannot express LIKE 't%' on 'Active': LIKE needs a text field, and this is a boolean field")]
    [InlineData("Active < true", "ConnectWise cannot express '<' on 'Active': a boolean field has no order")]
    [InlineData("Other = 1", "ConnectWise cannot filter on 'Other': the field is not known for this object")]
    public void Translate_Inexpressible_RefusesNamingIt(string where, string message)
    {
        Assert.Equal(message, Refusal(ConnectWise, where));
    }
}
