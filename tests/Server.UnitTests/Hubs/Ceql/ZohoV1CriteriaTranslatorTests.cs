using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class ZohoV1CriteriaTranslatorTests
{
    private static readonly ZohoV1CriteriaTranslator V1 = new();

    // v1 names fields by display label, which CEQL writes in back-ticks.
    private static readonly FieldMap Fields = FieldMap.Of(
        ("Last Name", "Last Name", CeqlFieldType.String),
        ("Company", "Company", CeqlFieldType.String),
        ("Lead Status", "Lead Status", CeqlFieldType.String),
        ("Annual Revenue", "Annual Revenue", CeqlFieldType.Number),
        ("Closing Date", "Closing Date", CeqlFieldType.Date),
        ("Modified Time", "Modified Time", CeqlFieldType.Date),
        ("ACCOUNTID", "ACCOUNTID", CeqlFieldType.Reference));

    [Theory]
    [InlineData("`Last Name` = 'Steve'", "(Last Name:Steve)")]
    [InlineData("(`Last Name` = 'Steve' AND Company = 'Zillum') OR `Lead Status` = 'Contacted'", "(((Last Name:Steve)AND(Company:Zillum))OR(Lead Status:Contacted))")]
    [InlineData("`Last Name` = 'a' AND Company = 'b' AND `Lead Status` = 'c'", "((Last Name:a)AND(Company:b)AND(Lead Status:c))")]
    [InlineData("`Annual Revenue` = 50000", "(Annual Revenue:50000)")]
    [InlineData("ACCOUNTID = '2000000100000001'", "(ACCOUNTID:2000000100000001)")]
    [InlineData("`Closing Date` = '2025-03-01'", "(Closing Date:2025-03-01)")]
    public void Translate_Equality_IsALabelValueCondition(string where, string criteria)
    {
        Assert.Equal(new VendorFilter("criteria", criteria), V1.Translate(CeqlParser.Parse(where), Fields));
    }

    [Theory]
    [InlineData("Company IN ('a', 'b', 'c')", "((Company:a)OR(Company:b)OR(Company:c))")]
    [InlineData("Company IN ('a')", "(Company:a)")]
    public void Translate_In_IsOrsOfEquality(string where, string criteria)
    {
        Assert.Equal(criteria, Criteria(where));
    }

    [Theory]
    [InlineData("Company LIKE 'Zil%'", "(Company:Zil*)")]
    [InlineData("Company LIKE '%lum'", "(Company:*lum)")]
    [InlineData("Company LIKE '%ill%'", "(Company:*ill*)")]
    [InlineData("Company LIKE 'Z%m'", "(Company:Z*m)")]
    [InlineData("Company LIKE 'Zillum'", "(Company:Zillum)")]
    public void Translate_Like_PercentBecomesAsterisk(string where, string criteria)
    {
        Assert.Equal(criteria, Criteria(where));
    }

    [Fact]
    public void Translate_ParenthesesAsteriskBackslash_AreEscaped()
    {
        Assert.Equal(@"(Company:Smith \(Jr\) \* \\x)", Criteria(@"Company = 'Smith (Jr) * \x'"));
    }

    [Theory]
    [InlineData("`Modified Time` >= '2024-01-31T10:00:00Z'", "2024-01-31 10:00:00")]
    [InlineData("`Modified Time` > '2024-01-31T10:00:00Z'", "2024-01-31 10:00:01")]
    [InlineData("`Modified Time` >= '2024-01-31T10:00:00.250Z'", "2024-01-31 10:00:01")]
    [InlineData("`Modified Time` >= '2024-01-31T12:00:00+02:00'", "2024-01-31 10:00:00")]
    [InlineData("`Modified Time` >= '2024-01-31'", "2024-01-31 00:00:00")]
    [InlineData("`Modified Time` >= '2024-01-01' AND `Modified Time` >= '2024-02-01'", "2024-02-01 00:00:00")]
    public void Plan_ModifiedTimeLowerBound_IsLastModifiedTimeWithoutCriteria(string where, string since)
    {
        Assert.Equal(new ZohoV1Filter(null, since), V1.Plan(CeqlParser.Parse(where), Fields));
        Assert.Equal(new VendorFilter("lastModifiedTime", since), V1.Translate(CeqlParser.Parse(where), Fields));
    }

    [Theory]
    [InlineData("`Last Name` != 'a'", "'!='")]
    [InlineData("`Annual Revenue` > 5", "'>'")]
    [InlineData("`Annual Revenue` <= 5", "'<='")]
    [InlineData("`Closing Date` < '2024-01-01'", "'<'")]
    [InlineData("`Last Name` IS NULL", "IS NULL")]
    [InlineData("`Last Name` IS NOT NULL", "IS NOT NULL")]
    [InlineData("Company NOT IN ('a')", "NOT IN")]
    [InlineData("Company NOT LIKE 'a%'", "NOT LIKE")]
    [InlineData("`Modified Time` < '2024-01-01'", "'<'")]
    public void Translate_OperatorV1CannotSay_IsRefusedNamingIt(string where, string construct)
    {
        var message = Refusal(where);
        Assert.Contains(construct, message, StringComparison.Ordinal);
        Assert.Contains("Zoho CRM", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ModifiedTimeBoundInsideOr_IsRefusedSayingWhereItWorks()
    {
        Assert.Contains("top level", Refusal("`Modified Time` >= '2024-01-01' OR Company = 'a'"), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ModifiedTimeBoundAndCriteria_IsRefusedNamingBoth()
    {
        var message = Refusal("`Modified Time` >= '2024-01-01' AND Company = 'a'");
        Assert.Contains("lastModifiedTime", message, StringComparison.Ordinal);
        Assert.Contains("criteria", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UnknownField_IsRefusedNamingIt()
    {
        Assert.Contains("'Nickname'", Refusal("Nickname = 'x'"), StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_TextForANumberField_IsRefused()
    {
        Assert.Contains("Annual Revenue", Refusal("`Annual Revenue` = 'lots'"), StringComparison.Ordinal);
    }

    private static string Criteria(string where) => V1.Translate(CeqlParser.Parse(where), Fields).Value;

    private static string Refusal(string where)
    {
        var error = Assert.Throws<CeqlUnsupportedException>(() => V1.Translate(CeqlParser.Parse(where), Fields));
        Assert.Equal(V1.Vendor, error.Vendor);
        return error.Message;
    }
}
