using OpenElements.Server.Hubs.Ceql;
using static OpenElements.Server.UnitTests.Hubs.Ceql.TranslatorFixture;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class SugarFilterTranslatorTests
{
    private static readonly SugarFilterTranslator Sugar = new();

    [Fact]
    public void Translate_ModifiedSince_MatchesDocsExample()
    {
        var filter = Sugar.Translate(CeqlParser.Parse("Modified >= '2024-01-01T00:00:00Z'"), Fields);

        Assert.Equal(new VendorFilter("filter", """[{"lastModifiedDate":{"$gte":"2024-01-01T00:00:00+00:00"}}]"""), filter);
    }

    [Theory]
    [InlineData("Name = 'Acme'", """[{"companyName":{"$equals":"Acme"}}]""")]
    [InlineData("Name != 'Acme'", """[{"companyName":{"$not_equals":"Acme"}}]""")]
    [InlineData("Revenue < 5", """[{"revenue":{"$lt":5}}]""")]
    [InlineData("Revenue <= 5.25", """[{"revenue":{"$lte":5.25}}]""")]
    [InlineData("Revenue > '5'", """[{"revenue":{"$gt":5}}]""")]
    [InlineData("Revenue >= 5", """[{"revenue":{"$gte":5}}]""")]
    [InlineData("Active = true", """[{"isActive":{"$equals":true}}]""")]
    [InlineData("Modified < '2024-01-31'", """[{"lastModifiedDate":{"$lt":"2024-01-31"}}]""")]
    [InlineData("Owner = 'seed_will_id'", """[{"owner":{"$equals":"seed_will_id"}}]""")]
    [InlineData("Name = 'Say \"hi\"'", """[{"companyName":{"$equals":"Say \"hi\""}}]""")]
    public void Translate_Comparison_Operators(string where, string json)
    {
        Assert.Equal(json, Translate(Sugar, where));
    }

    [Theory]
    [InlineData("Name = 'a' AND Revenue > 1", """[{"companyName":{"$equals":"a"}},{"revenue":{"$gt":1}}]""")]
    [InlineData("Name = 'a' OR Revenue > 1", """[{"$or":[{"companyName":{"$equals":"a"}},{"revenue":{"$gt":1}}]}]""")]
    [InlineData("Name = 'a' OR (Revenue > 1 AND Active = true)",
        """[{"$or":[{"companyName":{"$equals":"a"}},{"$and":[{"revenue":{"$gt":1}},{"isActive":{"$equals":true}}]}]}]""")]
    [InlineData("Name IN ('a', 'b')", """[{"companyName":{"$in":["a","b"]}}]""")]
    [InlineData("Revenue NOT IN (1, 2.5)", """[{"revenue":{"$not_in":[1,2.5]}}]""")]
    [InlineData("Email IS NULL", """[{"email":{"$is_null":""}}]""")]
    [InlineData("Email IS NOT NULL", """[{"email":{"$not_null":""}}]""")]
    [InlineData("Name LIKE 'Ac%'", """[{"companyName":{"$starts":"Ac"}}]""")]
    [InlineData("Name LIKE '%me'", """[{"companyName":{"$ends":"me"}}]""")]
    [InlineData("Name LIKE '%cm%'", """[{"companyName":{"$contains":"cm"}}]""")]
    [InlineData("Name NOT LIKE '%cm%'", """[{"companyName":{"$not_contains":"cm"}}]""")]
    [InlineData("Name LIKE 'Acme'", """[{"companyName":{"$equals":"Acme"}}]""")]
    [InlineData("Name NOT LIKE 'Acme'", """[{"companyName":{"$not_equals":"Acme"}}]""")]
    public void Translate_GroupsListsNullsLike_FilterJson(string where, string json)
    {
        Assert.Equal(json, Translate(Sugar, where));
    }

    [Fact]
    public void ToFilterJson_TopLevelAnd_IsArrayOfConditions()
    {
        var filter = Sugar.ToFilterJson(CeqlParser.Parse("Name = 'a' AND Email IS NULL AND Revenue > 1"), Fields);

        Assert.Equal(3, filter.Count);
        Assert.Equal("a", filter[0]!["companyName"]!["$equals"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Name NOT LIKE 'A%'", "SugarCRM cannot express NOT LIKE 'A%' on 'Name': it has $not_contains but no negated $starts or $ends")]
    [InlineData("Name NOT LIKE '%A'", "SugarCRM cannot express NOT LIKE '%A' on 'Name': it has $not_contains but no negated $starts or $ends")]
    [InlineData("Name LIKE 'a%b'", "SugarCRM cannot express LIKE 'a%b' on 'Name': only 'text%', '%text' and '%text%' map to its $starts, $ends and $contains")]
    [InlineData("Name LIKE '%'", "SugarCRM cannot express LIKE '%' on 'Name': only 'text%', '%text' and '%text%' map to its $starts, $ends and $contains")]
    [InlineData("Owner < 3", "SugarCRM cannot express '<' on 'Owner': a reference field has no order")]
    [InlineData("Modified > 'soon'", "SugarCRM cannot compare date field 'Modified' with 'soon': expected an ISO-8601 date in quotes, such as '2024-01-31' or '2024-01-31T12:00:00Z'")]
    public void Translate_Inexpressible_RefusesNamingIt(string where, string message)
    {
        Assert.Equal(message, Refusal(Sugar, where));
    }
}
