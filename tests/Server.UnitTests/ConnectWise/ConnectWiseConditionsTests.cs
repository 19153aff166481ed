using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.ConnectWise;

/// <summary>
/// Each conditions operator against the test's own reading of the same entities: the simulator must
/// return exactly what the predicate picks, and each case must pick some but not all.
/// </summary>
public sealed class ConnectWiseConditionsTests : ConnectWiseDataTest
{
    private static readonly DateTime NewYear = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, (string Resource, string Conditions, Func<JsonElement, bool> Expected)> Cases = new()
    {
        ["= text"] = ("company/companies", "city = \"Denver\"", c => Str(c, "city") == "Denver"),
        ["= text any case, single quotes, field in any case"] = ("company/companies", "City = 'denver'", c => Str(c, "city") == "Denver"),
        ["!= text"] = ("company/companies", "city != \"Denver\"", c => Str(c, "city") != "Denver"),
        ["<> text"] = ("company/companies", "state <> \"TX\"", c => Str(c, "state") != "TX"),
        // Compared as text "9" > "100"; these fail unless numbers compare as numbers.
        ["< number"] = ("company/companies", "numberOfEmployees < 100", c => Int(c, "numberOfEmployees") < 100),
        ["<= number"] = ("company/companies", "numberOfEmployees <= 100", c => Int(c, "numberOfEmployees") <= 100),
        ["> number"] = ("company/companies", "numberOfEmployees > 999", c => Int(c, "numberOfEmployees") > 999),
        [">= number"] = ("company/companies", "id >= 1990", c => Int(c, "id") >= 1990),
        ["> date bare info field"] = ("service/tickets", "lastUpdated > [2025-01-01T00:00:00Z]", t => Info(t, "lastUpdated") > NewYear),
        ["<= date info path"] = ("service/tickets", "_info/dateEntered <= [2024-06-01T00:00:00Z]", t => Info(t, "dateEntered") <= new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc)),
        ["< date with offset"] = ("service/tickets", "_info/lastUpdated < [2025-01-01T05:00:00+05:00]", t => Info(t, "lastUpdated") < NewYear),
        ["contains"] = ("company/companies", "name contains \"SOFT\"", c => Str(c, "name")!.Contains("soft", StringComparison.OrdinalIgnoreCase)),
        ["not contains"] = ("company/companies", "name not contains \"&\"", c => !Str(c, "name")!.Contains('&')),
        ["like prefix"] = ("company/companies", "name like \"Harbor%\"", c => Str(c, "name")!.StartsWith("Harbor", StringComparison.OrdinalIgnoreCase)),
        ["like suffix with star"] = ("company/companies", "name like \"*llc\"", c => Str(c, "name")!.EndsWith("LLC", StringComparison.OrdinalIgnoreCase)),
        ["not like"] = ("company/companies", "name not like \"%Group\"", c => !Str(c, "name")!.EndsWith("Group", StringComparison.OrdinalIgnoreCase)),
        ["in"] = ("company/companies", "state in (\"TX\", \"CA\")", c => Str(c, "state") is "TX" or "CA"),
        ["not in numbers"] = ("service/tickets", "priority/id not in (1, 2, 3)", t => Int(t.GetProperty("priority"), "id") is not (1 or 2 or 3)),
        ["boolean"] = ("company/companies", "leadFlag = true", c => c.GetProperty("leadFlag").GetBoolean()),
        ["= null"] = ("service/tickets", "owner = null", t => t.GetProperty("owner").ValueKind == JsonValueKind.Null),
        ["!= null"] = ("service/tickets", "closedDate != null", t => t.GetProperty("closedDate").ValueKind != JsonValueKind.Null),
        ["slash path"] = ("service/tickets", "status/name = \"New\" and board/name = \"Help Desk\"",
            t => Str(t.GetProperty("status"), "name") == "New" && Str(t.GetProperty("board"), "name") == "Help Desk"),
        ["reference id"] = ("company/contacts", "company/id <= 17", c => Int(c.GetProperty("company"), "id") <= 17),
        ["array path"] = ("company/companies", "types/name = \"Prospect\"", c => c.GetProperty("types").EnumerateArray().Any(t => Str(t, "name") == "Prospect")),
        ["and binds tighter than or"] = ("company/companies", "state = \"TX\" or state = \"CA\" and leadFlag = true",
            c => Str(c, "state") == "TX" || (Str(c, "state") == "CA" && c.GetProperty("leadFlag").GetBoolean())),
        ["parentheses"] = ("company/companies", "(state = \"TX\" or state = \"CA\") and leadFlag = true",
            c => Str(c, "state") is "TX" or "CA" && c.GetProperty("leadFlag").GetBoolean()),
        ["not group, upper-case keywords"] = ("company/companies", "NOT (state = \"TX\" OR state = \"CA\")", c => Str(c, "state") is not ("TX" or "CA")),
        ["quoted number against number"] = ("sales/opportunities", "probability/id = \"100\"", o => Int(o.GetProperty("probability"), "id") == 100),
        ["escaped quote"] = ("company/companies", "name contains \"O\\\"Brien\" or name contains \"O'Brien\"", c => Str(c, "name")!.Contains("O'Brien", StringComparison.Ordinal)),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Conditions_Operator_ReturnExactlyTheMatchingEntities(string name)
    {
        var (resource, conditions, expected) = Cases[name];
        var all = await AllAsync(resource);

        var found = await AllAsync(resource, $"&conditions={Escape(conditions)}");
        var (_, count) = await GetAsync($"/{resource}/count?conditions={Escape(conditions)}");

        var want = Ids(all.Where(expected));
        Assert.InRange(want.Count, 1, all.Count - 1);
        Assert.Equal(want, Ids(found));
        Assert.Equal(want.Count, count.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Conditions_ServerTranslatorOutput_SelectsWhatTheCeqlMeans()
    {
        // The server's CEQL translator and the simulator must agree on the conditions language.
        var fields = FieldMap.Of(
            ("state", "state", CeqlFieldType.String),
            ("name", "name", CeqlFieldType.String),
            ("employees", "numberOfEmployees", CeqlFieldType.Number),
            ("modified", "lastUpdated", CeqlFieldType.Date));
        var where = CeqlParser.Parse("(state IN ('TX', 'FL') OR name LIKE '%Labs%') AND employees >= 50 AND modified > '2024-03-01'");
        var conditions = new ConnectWiseConditionsTranslator().Translate(where, fields).Value;
        var all = await AllAsync("company/companies");

        var found = await AllAsync("company/companies", $"&conditions={Escape(conditions)}");

        var since = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var want = Ids(all.Where(c => (Str(c, "state") is "TX" or "FL" || Str(c, "name")!.Contains("Labs", StringComparison.OrdinalIgnoreCase))
            && Int(c, "numberOfEmployees") >= 50 && Info(c, "lastUpdated") > since));
        Assert.InRange(want.Count, 1, all.Count - 1);
        Assert.Equal(want, Ids(found));
    }

    [Theory]
    [InlineData("name = ", "BadRequest")]
    [InlineData("name = Acme", "BadRequest")]
    [InlineData("(name = \"Acme\"", "BadRequest")]
    [InlineData("name = \"Acme", "BadRequest")]
    [InlineData("name ~ \"Acme\"", "BadRequest")]
    [InlineData("name = \"Acme\" and", "BadRequest")]
    [InlineData("lastUpdated > [yesterday]", "BadRequest")]
    [InlineData("name > null", "BadRequest")]
    [InlineData("shoeSize = 9", "InvalidObject")]
    public async Task Conditions_Invalid_Return400InConnectWiseShape(string conditions, string code)
    {
        var (list, body) = await GetAsync($"/company/companies?conditions={Escape(conditions)}");
        var (count, _) = await GetAsync($"/company/companies/count?conditions={Escape(conditions)}");

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, count.StatusCode);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("name sideways")]
    [InlineData("shoeSize asc")]
    public async Task OrderBy_Invalid_Returns400(string orderBy)
    {
        var (response, body) = await GetAsync($"/company/companies?orderBy={Escape(orderBy)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ChildConditions_CommunicationItems_AndedWithConditions()
    {
        var all = await AllAsync("company/contacts");
        var target = all.First(c => !c.GetProperty("inactiveFlag").GetBoolean()).GetProperty("communicationItems").EnumerateArray().First(i => Str(i, "communicationType") == "Email").GetProperty("value").GetString()!;

        var found = await AllAsync("company/contacts",
            $"&conditions={Escape("inactiveFlag = false")}&childConditions={Escape($"communicationItems/value = \"{target}\" and communicationItems/communicationType = \"Email\"")}");

        var want = Ids(all.Where(c => !c.GetProperty("inactiveFlag").GetBoolean()
            && c.GetProperty("communicationItems").EnumerateArray().Any(i => Str(i, "value")!.Equals(target, StringComparison.OrdinalIgnoreCase))));
        Assert.NotEmpty(want);
        Assert.Equal(want, Ids(found));
    }

    private static string? Str(JsonElement e, string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string field) => e.GetProperty(field).GetInt32();

    private static DateTime Info(JsonElement e, string field) =>
        DateTime.Parse(e.GetProperty("_info").GetProperty(field).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
