using System.Globalization;
using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>The zohocrm hubs through the server against the simulator's Zoho CRM API v1.</summary>
[Collection(ServerCollection.Name)]
public sealed class ZohoHubTests(ServerFactory server)
{
    [Theory]
    [InlineData("accounts", "ACCOUNTID", "Account Name")]
    [InlineData("contacts", "CONTACTID", "Last Name")]
    [InlineData("leads", "LEADID", "Last Name")]
    [InlineData("opportunities", "POTENTIALID", "Potential Name")]
    public async Task ListAndGet_EveryObject_ReturnsFlatRecordsKeyedByV1Label(string objectName, string idField, string nameField)
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var (status, body, text, response) = await hub.GetWithHeadersAsync($"hubs/crm/{objectName}?pageSize=25");
        Assert.True(status == 200, text);
        var records = body!.AsArray();
        Assert.Equal(25, records.Count);
        Assert.All(records, r => Assert.Matches("^[0-9]{15,}$", r![idField]!.GetValue<string>()));
        Assert.All(records, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", r!["Modified Time"]!.GetValue<string>()));
        Assert.True(response.Headers.Contains("Elements-Next-Page-Token"));

        var id = records[3]![idField]!.GetValue<string>();
        var one = await Json.GetAsync(hub.Http, $"hubs/crm/{objectName}/{id}");
        Assert.True(one.Status == 200, one.Text);
        Assert.Equal(records[3]![nameField]!.GetValue<string>(), one.Body![nameField]!.GetValue<string>());
    }

    public static TheoryData<string, string, string, string> Writes => new()
    {
        { "accounts", "ACCOUNTID", """{"Account Name":"Hub Test & Sons <Ltd>","Phone":"(555) 555-0100","Employees":"12"}""", "Phone" },
        { "contacts", "CONTACTID", """{"First Name":"Ada","Last Name":"Lovelace","Title":"Analyst"}""", "Title" },
        { "leads", "LEADID", """{"First Name":"Grace","Last Name":"Hopper","Company":"Navy","Lead Status":"Contacted"}""", "Lead Status" },
        { "opportunities", "POTENTIALID", """{"Potential Name":"Hub Test Deal","Stage":"Qualification","Closing Date":"2026-12-31","Amount":"1000"}""", "Stage" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Crud_EveryObject_CreateReadPatchPutDeleteThen404(string objectName, string idField, string create, string changed)
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var body = JsonNode.Parse(create)!.AsObject();
        var created = await Json.PostAsync(hub.Http, $"hubs/crm/{objectName}", body);
        Assert.True(created.Status == 200, created.Text);
        var id = created.Body![idField]!.GetValue<string>();
        foreach (var (label, value) in body)
        {
            Assert.Equal(value!.GetValue<string>(), created.Body[label]!.GetValue<string>());
        }

        Assert.NotNull(created.Body["Created Time"]);
        Assert.Equal(id, (await Json.GetAsync(hub.Http, $"hubs/crm/{objectName}/{id}")).Body![idField]!.GetValue<string>());

        var patched = await Json.SendAsync(hub.Http, HttpMethod.Patch, $"hubs/crm/{objectName}/{id}", new Dictionary<string, string> { [changed] = "Patched" });
        Assert.True(patched.Status == 200, patched.Text);
        Assert.Equal("Patched", patched.Body![changed]!.GetValue<string>());
        var (firstLabel, firstValue) = body.First();
        Assert.Equal(firstValue!.GetValue<string>(), patched.Body[firstLabel]!.GetValue<string>());

        // PUT is the same update as PATCH (v1 has no replace): fields not sent stay.
        var put = await Json.SendAsync(hub.Http, HttpMethod.Put, $"hubs/crm/{objectName}/{id}", new Dictionary<string, string> { [changed] = "Put" });
        Assert.True(put.Status == 200, put.Text);
        Assert.Equal("Put", put.Body![changed]!.GetValue<string>());
        Assert.Equal(firstValue.GetValue<string>(), put.Body[firstLabel]!.GetValue<string>());

        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, $"hubs/crm/{objectName}/{id}")).Status);
        var gone = await Json.GetAsync(hub.Http, $"hubs/crm/{objectName}/{id}");
        Json.AssertWireError(gone, 404);
        Assert.Contains(id, gone.Body!["providerMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Json.AssertWireError(await Json.SendAsync(hub.Http, HttpMethod.Delete, $"hubs/crm/{objectName}/{id}"), 404);
    }

    [Fact]
    public async Task CreateContact_WithAnAccountName_LinksThatAccount()
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var account = (await Json.GetAsync(hub.Http, "hubs/crm/accounts?pageSize=1")).Body!.AsArray()[0]!;
        var created = await Json.PostAsync(hub.Http, "hubs/crm/contacts",
            new Dictionary<string, string> { ["Last Name"] = "Linked", ["Account Name"] = account["Account Name"]!.GetValue<string>() });
        Assert.True(created.Status == 200, created.Text);
        Assert.Equal(account["ACCOUNTID"]!.GetValue<string>(), created.Body!["ACCOUNTID"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("contacts", """{"First Name":"NoLastName"}""", "mandatory")]
    [InlineData("opportunities", """{"Potential Name":"No stage"}""", "mandatory")]
    [InlineData("accounts", """{"Account Name":"Counted","Employees":"a few"}""", "Integer")]
    public async Task Create_ThatZohoRefuses_Returns400WithZohosText(string objectName, string body, string mentions)
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var result = await Json.PostAsync(hub.Http, $"hubs/crm/{objectName}", JsonNode.Parse(body)!);
        Json.AssertWireError(result, 400);
        Assert.Contains(mentions, result.Body!["providerMessage"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Where_EqualityInAndLike_AreTranslatedToV1Criteria()
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var first = (await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1")).Body!.AsArray()[0]!;
        var lastName = first["Last Name"]!.GetValue<string>();
        var equal = await Json.GetAsync(hub.Http, $"hubs/crm/contacts?pageSize=500&where={Uri.EscapeDataString($"`Last Name` = '{lastName.Replace("'", "''")}'")}");
        Assert.True(equal.Status == 200, equal.Text);
        Assert.NotEmpty(equal.Body!.AsArray());
        Assert.All(equal.Body!.AsArray(), r => Assert.Equal(lastName, r!["Last Name"]!.GetValue<string>(), ignoreCase: true));

        var like = await Json.GetAsync(hub.Http, $"hubs/crm/contacts?pageSize=300&where={Uri.EscapeDataString("`Last Name` LIKE 'Sm%' OR `Last Name` IN ('Jones', 'Brown')")}");
        Assert.True(like.Status == 200, like.Text);
        var names = like.Body!.AsArray().Select(r => r!["Last Name"]!.GetValue<string>()).ToList();
        Assert.Contains("Jones", names);
        Assert.All(names, n => Assert.True(n.StartsWith("Sm", StringComparison.OrdinalIgnoreCase) || n is "Jones" or "Brown", n));
    }

    [Fact]
    public async Task Where_ModifiedTimeLowerBound_ReturnsOnlyRecordsModifiedSince()
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/leads?pageSize=300&where={Uri.EscapeDataString("`Modified Time` >= '2026-10-15T00:00:00Z'")}");
        Assert.True(result.Status == 200, result.Text);
        Assert.NotEmpty(result.Body!.AsArray());
        Assert.All(result.Body!.AsArray(), r => Assert.True(string.CompareOrdinal(r!["Modified Time"]!.GetValue<string>(), "2026-10-15 00:00:00") >= 0));
    }

    [Theory]
    [InlineData("where=" + "%60Last%20Name%60%20!%3D%20'x'", "'!='")]
    [InlineData("where=" + "%60Last%20Name%60%20IS%20NULL", "IS NULL")]
    [InlineData("where=Nickname%20%3D%20'x'", "Nickname")]
    [InlineData("orderBy=%60Last%20Name%60%20asc,%60First%20Name%60%20asc", "one field")]
    [InlineData("where=%60Last%20Name%60%20%3D%20'x'&orderBy=%60Last%20Name%60", "cannot sort")]
    public async Task Query_ThatV1CannotRun_Returns400NamingTheConstruct(string query, string mentions)
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"hubs/crm/contacts?{query}"), 400, mentions);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(150)]
    public async Task Pages_OneAndTwoAtSizeN_EqualPageOneAtSize2N(int n)
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        const string order = "orderBy=%60Account%20Name%60%20asc";
        var one = await Ids(hub, $"hubs/crm/accounts?{order}&page=1&pageSize={n}", "ACCOUNTID");
        var two = await Ids(hub, $"hubs/crm/accounts?{order}&page=2&pageSize={n}", "ACCOUNTID");
        var both = await Ids(hub, $"hubs/crm/accounts?{order}&page=1&pageSize={2 * n}", "ACCOUNTID");
        Assert.Equal(both, one.Concat(two));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1200)]
    public async Task WalkingEveryPage_ReturnsEveryRecordExactlyOnce(int pageSize)
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var ids = await hub.WalkAsync("opportunities", pageSize, "POTENTIALID");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= 2000, $"{ids.Count} records");

        // v1 cannot count, so no total is claimed.
        var (_, _, _, response) = await hub.GetWithHeadersAsync("hubs/crm/opportunities?pageSize=1&returnTotalCount=true");
        Assert.False(response.Headers.Contains("Elements-Total-Count"));
    }

    [Fact]
    public async Task Fields_SelectColumnsAndTheId()
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/leads?pageSize=10&fields={Uri.EscapeDataString("`First Name`, Email")}");
        Assert.True(result.Status == 200, result.Text);
        var records = result.Body!.AsArray();
        Assert.Equal(10, records.Count);
        Assert.All(records, r => Assert.Subset(new HashSet<string> { "LEADID", "First Name", "Email" }, r!.AsObject().Select(p => p.Key).ToHashSet()));
        Assert.All(records, r => Assert.NotNull(r!["First Name"]));
    }

    [Fact]
    public async Task NullFields_AreDroppedUnlessFilterResponseNullsIsFalse()
    {
        var dropping = await HubClient.ProvisionAsync(server, "zohocrm");
        var created = await Json.PostAsync(dropping.Http, "hubs/crm/leads", new Dictionary<string, string?> { ["Last Name"] = "Nulls", ["Mobile"] = null });
        Assert.True(created.Status == 200, created.Text);
        var id = created.Body!["LEADID"]!.GetValue<string>();
        Assert.False(created.Body.AsObject().ContainsKey("Mobile"));

        var keeping = await HubClient.ProvisionAsync(server, "zohocrm", change: b => b["configuration"]!["filter.response.nulls"] = "false");
        var kept = await Json.GetAsync(keeping.Http, $"hubs/crm/leads/{id}");
        Assert.True(kept.Body!.AsObject().ContainsKey("Mobile"), kept.Text);
        Assert.Null(kept.Body!["Mobile"]);
    }

    [Fact]
    public async Task Ping_AnswersWithTheElementKey()
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var ping = await Json.GetAsync(hub.Http, "hubs/crm/ping");
        Assert.True(ping.Status == 200, ping.Text);
        Assert.Equal("zohocrm", ping.Body!["endpoint"]!.GetValue<string>());
    }

    private static async Task<List<string>> Ids(HubClient hub, string url, string idField)
    {
        var result = await Json.GetAsync(hub.Http, url);
        Assert.True(result.Status == 200, result.Text);
        return [.. result.Body!.AsArray().Select(r => r![idField]!.GetValue<string>())];
    }
}
