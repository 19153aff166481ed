using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.SugarCrm;

/// <summary>
/// Each filter operator against the test's own reading of the same records: the simulator must return
/// exactly the records the predicate picks, and the case must pick some but not all.
/// </summary>
public sealed class SugarFilterTests : SugarRecordsTest
{
    private static readonly DateTimeOffset NewYear = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, (string Module, string Filter, Func<JsonElement, bool> Expected)> Cases = new()
    {
        ["equals"] = ("Accounts", """[{"industry":{"$equals":"banking"}}]""", r => Is(r, "industry", "Banking")),
        ["equals shorthand"] = ("Accounts", """[{"industry":"Banking"}]""", r => Is(r, "industry", "Banking")),
        ["not_equals"] = ("Accounts", """[{"industry":{"$not_equals":"Banking"}}]""", r => !Is(r, "industry", "Banking")),
        ["starts"] = ("Accounts", """[{"name":{"$starts":"harbor"}}]""", r => Text(r, "name")!.StartsWith("Harbor", StringComparison.OrdinalIgnoreCase)),
        ["ends"] = ("Accounts", """[{"name":{"$ends":" llc"}}]""", r => Text(r, "name")!.EndsWith(" LLC", StringComparison.OrdinalIgnoreCase)),
        ["contains"] = ("Accounts", """[{"name":{"$contains":"SOFT"}}]""", r => Text(r, "name")!.Contains("soft", StringComparison.OrdinalIgnoreCase)),
        ["not_contains"] = ("Accounts", """[{"name":{"$not_contains":"&"}}]""", r => !Text(r, "name")!.Contains('&')),
        ["in"] = ("Accounts", """[{"billing_address_state":{"$in":["TX","CA"]}}]""", r => Text(r, "billing_address_state") is "TX" or "CA"),
        ["not_in"] = ("Accounts", """[{"billing_address_state":{"$not_in":["TX","CA"]}}]""", r => Text(r, "billing_address_state") is not ("TX" or "CA")),
        ["is_null"] = ("Contacts", """[{"birthdate":{"$is_null":""}}]""", r => r.GetProperty("birthdate").ValueKind == JsonValueKind.Null),
        ["not_null"] = ("Contacts", """[{"birthdate":{"$not_null":""}}]""", r => r.GetProperty("birthdate").ValueKind != JsonValueKind.Null),
        ["empty"] = ("Contacts", """[{"phone_mobile":{"$empty":""}}]""", r => Text(r, "phone_mobile") is null or ""),
        ["not_empty"] = ("Contacts", """[{"phone_mobile":{"$not_empty":""}}]""", r => Text(r, "phone_mobile") is { Length: > 0 }),
        // Amounts are text with six decimals; "9000.000000" > "50000.000000" as text, so these fail if compared as text.
        ["lt number"] = ("Opportunities", """[{"amount":{"$lt":"50000"}}]""", r => Amount(r) < 50000),
        ["lte number"] = ("Opportunities", """[{"amount":{"$lte":50000}}]""", r => Amount(r) <= 50000),
        ["gt number"] = ("Opportunities", """[{"amount":{"$gt":"9000"}}]""", r => Amount(r) > 9000),
        ["gte number"] = ("Opportunities", """[{"probability":{"$gte":65}}]""", r => r.GetProperty("probability").GetInt32() >= 65),
        ["between"] = ("Opportunities", """[{"probability":{"$between":[20,50]}}]""", r => r.GetProperty("probability").GetInt32() is >= 20 and <= 50),
        ["gte date UTC"] = ("Accounts", """[{"date_modified":{"$gte":"2025-01-01T00:00:00+00:00"}}]""", r => Modified(r) >= NewYear),
        ["lt date other offset"] = ("Accounts", """[{"date_modified":{"$lt":"2025-01-01T05:30:00+05:30"}}]""", r => Modified(r) < NewYear),
        ["gt date no offset"] = ("Accounts", """[{"date_entered":{"$gt":"2025-01-01"}}]""", r => Entered(r) > new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(-4))),
        ["date field"] = ("Opportunities", """[{"date_closed":{"$lte":"2024-12-31"}}]""", r => string.CompareOrdinal(Text(r, "date_closed"), "2024-12-31") <= 0),
        ["bool"] = ("Leads", """[{"converted":{"$equals":true}}]""", r => r.GetProperty("converted").GetBoolean()),
        ["email"] = ("Contacts", """[{"email":{"$starts":"mary."}}]""",
            r => r.GetProperty("email").EnumerateArray().Any(e => e.GetProperty("email_address").GetString()!.StartsWith("mary.", StringComparison.Ordinal))),
        ["implicit and"] = ("Accounts", """[{"industry":"Banking"},{"billing_address_state":"TX"}]""", r => Is(r, "industry", "Banking") && Is(r, "billing_address_state", "TX")),
        ["two operators on one field"] = ("Opportunities", """[{"probability":{"$gt":10,"$lt":80}}]""", r => r.GetProperty("probability").GetInt32() is > 10 and < 80),
        ["or"] = ("Accounts", """[{"$or":[{"industry":"Banking"},{"industry":"Retail"}]}]""", r => Is(r, "industry", "Banking") || Is(r, "industry", "Retail")),
        ["nested and in or"] = ("Accounts", """[{"$or":[{"$and":[{"industry":"Banking"},{"billing_address_state":"TX"}]},{"account_type":"Partner"}]}]""",
            r => (Is(r, "industry", "Banking") && Is(r, "billing_address_state", "TX")) || Is(r, "account_type", "Partner")),
        ["owner"] = ("Cases", """[{"$owner":""}]""", r => Text(r, "assigned_user_id") == Simulators.SugarCrm.SugarCrmAccount.UserId),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Filter_Operator_ReturnsExactlyTheMatchingRecords(string name)
    {
        var (module, filter, expected) = Cases[name];
        var all = await AllAsync(module);

        var found = await FilterAsync(module, filter);

        var want = Ids(all.Where(expected));
        Assert.InRange(want.Count, 1, all.Count - 1);
        Assert.Equal(want, Ids(found));
    }

    [Fact]
    public async Task Filter_GetBracketForm_MatchesTheJsonForm()
    {
        var json = await FilterAsync("Accounts", """[{"$or":[{"billing_address_state":{"$in":["TX","CA"]}},{"name":{"$starts":"Harbor"}}]}]""");
        const string query = "filter[0][$or][0][billing_address_state][$in][]=TX&filter[0][$or][0][billing_address_state][$in][]=CA"
            + "&filter[0][$or][1][name][$starts]=Harbor&max_num=1000&offset=0";

        var (response, body) = await GetAsync($"/Accounts/filter?{query}");
        var (_, second) = await GetAsync($"/Accounts/filter?{query.Replace("offset=0", "offset=1000", StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ids(json), Ids(body.GetProperty("records").EnumerateArray().Concat(second.GetProperty("records").EnumerateArray())));
    }

    [Fact]
    public async Task Filter_GetJsonString_MatchesThePostForm()
    {
        const string filter = """[{"industry":{"$in":["Banking","Energy"]}}]""";
        var posted = await FilterAsync("Accounts", filter);

        var (_, body) = await GetAsync($"/Accounts/filter?max_num=1000&filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(Ids(posted), Ids(body.GetProperty("records").EnumerateArray()));
    }

    [Fact]
    public async Task Filter_ServerTranslatorOutput_SelectsWhatTheCeqlMeans()
    {
        // The server's CEQL translator and the simulator must agree on Sugar's filter language.
        var fields = FieldMap.Of(
            ("state", "billing_address_state", CeqlFieldType.String),
            ("name", "name", CeqlFieldType.String),
            ("modified", "date_modified", CeqlFieldType.Date));
        var where = CeqlParser.Parse("(state IN ('TX', 'FL') OR name LIKE 'Harbor%') AND modified >= '2024-06-01T00:00:00Z'");
        var filter = new SugarFilterTranslator().Translate(where, fields).Value;
        var all = await AllAsync("Accounts");

        var (_, body) = await GetAsync($"/Accounts/filter?max_num=1000&filter={Uri.EscapeDataString(filter)}");

        var since = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var want = Ids(all.Where(r => (Text(r, "billing_address_state") is "TX" or "FL" || Text(r, "name")!.StartsWith("Harbor", StringComparison.OrdinalIgnoreCase)) && Modified(r) >= since));
        Assert.InRange(want.Count, 1, 999);
        Assert.Equal(want, Ids(body.GetProperty("records").EnumerateArray()));
    }

    [Theory]
    [InlineData("""[{"shoe_size":{"$equals":"9"}}]""", "Unknown field: shoe_size")]
    [InlineData("""[{"name":{"$sounds_like":"x"}}]""", "Did not recognize the operand: $sounds_like")]
    [InlineData("""[{"$favorite":""}]""", "Did not recognize the operand: $favorite")]
    [InlineData("""[{"name":{"$in":"Acme"}}]""", "$in requires an array")]
    [InlineData("""[{"probability":{"$between":[1]}}]""", "$between requires an array with two values.")]
    [InlineData("""["name"]""", "Invalid filter definition")]
    public async Task Filter_UnknownFieldOrOperator_Returns422InvalidParameter(string filter, string message)
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "/Opportunities/filter", $$"""{"filter":{{filter}}}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("invalid_parameter", body.GetProperty("error").GetString());
        Assert.Equal(message, body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task Filter_GetNotJson_Returns422InvalidParameter()
    {
        var (response, body) = await GetAsync("/Accounts/filter?filter=%5B%7Bnope");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("invalid_parameter", body.GetProperty("error").GetString());
    }

    private static bool Is(JsonElement record, string field, string value) => string.Equals(Text(record, field), value, StringComparison.OrdinalIgnoreCase);

    private static decimal Amount(JsonElement record) => decimal.Parse(Text(record, "amount")!, CultureInfo.InvariantCulture);

    private static DateTimeOffset Modified(JsonElement record) => DateTimeOffset.Parse(Text(record, "date_modified")!, CultureInfo.InvariantCulture);

    private static DateTimeOffset Entered(JsonElement record) => DateTimeOffset.Parse(Text(record, "date_entered")!, CultureInfo.InvariantCulture);
}
