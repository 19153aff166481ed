using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

[Collection(ServerCollection.Name)]
public sealed class SugarHubTests(ServerFactory server)
{
    [Fact]
    public async Task ListContacts_ReturnsVendorRecordsWithPagingAndInstanceHeaders()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var (status, body, text, response) = await hub.GetWithHeadersAsync("hubs/crm/contacts?pageSize=25");
        Assert.True(status == 200, text);
        var records = body!.AsArray();
        Assert.Equal(25, records.Count);
        Assert.All(records, r => Assert.Equal("Contacts", r!["_module"]!.GetValue<string>()));
        Assert.Equal("25", response.Headers.GetValues("Elements-Returned-Count").Single());
        Assert.Equal(hub.InstanceId.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("Elements-Element-Instance-Id").Single());
        Assert.True(response.Headers.Contains("Elements-Next-Page-Token"));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(50)]
    public async Task Pages_OneAndTwoAtSizeN_EqualPageOneAtSize2N(int n)
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var one = await Ids(hub, $"hubs/crm/accounts?orderBy=name asc&page=1&pageSize={n}");
        var two = await Ids(hub, $"hubs/crm/accounts?orderBy=name asc&page=2&pageSize={n}");
        var both = await Ids(hub, $"hubs/crm/accounts?orderBy=name asc&page=1&pageSize={2 * n}");
        Assert.Equal(both, one.Concat(two));
    }

    [Theory]
    [InlineData(150)]
    [InlineData(1000)]
    public async Task WalkingEveryPage_ReturnsEveryRecordExactlyOnce(int pageSize)
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var ids = await hub.WalkAsync("opportunities", pageSize, "id");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var (_, _, _, response) = await hub.GetWithHeadersAsync("hubs/crm/opportunities?pageSize=1&returnTotalCount=true");
        Assert.Equal(long.Parse(response.Headers.GetValues("Elements-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture), ids.Count);
        Assert.True(ids.Count >= 2000);
    }

    [Fact]
    public async Task Where_TranslatesCeqlToSugarsFilter()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var first = (await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1")).Body!.AsArray()[0]!;
        var lastName = first["last_name"]!.GetValue<string>();
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/contacts?pageSize=500&where={Uri.EscapeDataString($"last_name = '{lastName.Replace("'", "''")}'")}");
        Assert.Equal(200, result.Status);
        var records = result.Body!.AsArray();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(lastName, r!["last_name"]!.GetValue<string>(), ignoreCase: true));

        var prefix = lastName[..1];
        var like = await Json.GetAsync(hub.Http, $"hubs/crm/contacts?pageSize=200&where={Uri.EscapeDataString($"last_name LIKE '{prefix}%' AND first_name IS NOT NULL")}");
        Assert.Equal(200, like.Status);
        Assert.All(like.Body!.AsArray(), r => Assert.StartsWith(prefix, r!["last_name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("last_name = ", "position")]
    [InlineData("last_name = 'x' AND", "position")]
    [InlineData("no_such_field = 'x'", "no_such_field")]
    [InlineData("last_name LIKE '%a%b'", "LIKE")]
    public async Task Where_ThatSugarCannotRunOrThatDoesNotParse_Returns400NamingTheProblem(string where, string mentions)
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"hubs/crm/contacts?where={Uri.EscapeDataString(where)}"), 400, mentions);
    }

    [Fact]
    public async Task Crud_CreateReadUpdateDelete_GoesToTheVendorAndBack()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var created = await Json.PostAsync(hub.Http, "hubs/crm/contacts", new { first_name = "Ada", last_name = "Lovelace", title = "Analyst" });
        Assert.True(created.Status == 200, created.Text);
        var id = created.Body!["id"]!.GetValue<string>();
        Assert.Equal("Lovelace", (await Json.GetAsync(hub.Http, $"hubs/crm/contacts/{id}")).Body!["last_name"]!.GetValue<string>());

        var patched = await Json.SendAsync(hub.Http, HttpMethod.Patch, $"hubs/crm/contacts/{id}", new { title = "Countess" });
        Assert.Equal("Countess", patched.Body!["title"]!.GetValue<string>());
        Assert.Equal("Ada", patched.Body!["first_name"]!.GetValue<string>());

        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, $"hubs/crm/contacts/{id}")).Status);
        var gone = await Json.GetAsync(hub.Http, $"hubs/crm/contacts/{id}");
        Json.AssertWireError(gone, 404);
        Assert.Contains(id, gone.Body!["providerMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutARequiredField_ReturnsTheVendorsClientError()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var result = await Json.PostAsync(hub.Http, "hubs/crm/contacts", new { first_name = "NoLastName" });
        Assert.InRange(result.Status, 400, 499);
        Assert.False(string.IsNullOrEmpty(result.Body!["providerMessage"]?.GetValue<string>()), result.Text);
    }

    [Fact]
    public async Task HubSegment_IsIgnoredAsOnThePlatform()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var crm = await Json.GetAsync(hub.Http, "hubs/crm/leads?pageSize=3&orderBy=last_name asc");
        var other = await Json.GetAsync(hub.Http, "hubs/anything/leads?pageSize=3&orderBy=last_name asc");
        Assert.Equal(crm.Text, other.Text);
    }

    [Fact]
    public async Task UnknownObject_Returns404NamingWhatTheElementOffers()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        Json.AssertWireError(await Json.GetAsync(hub.Http, "hubs/crm/incidents"), 404, "incidents", "contacts");
    }

    [Fact]
    public async Task DisabledInstance_HubCallsAre403ButObjectsStillAnswer()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        Assert.Equal(200, (await Json.SendAsync(hub.Tenant, HttpMethod.Delete, $"instances/{hub.InstanceId}/enabled")).Status);
        Json.AssertWireError(await Json.GetAsync(hub.Http, "hubs/crm/contacts"), 403, "disabled");
        var objects = await Json.GetAsync(hub.Http, "hubs/crm/objects");
        Assert.Equal(200, objects.Status);
        Assert.Contains("contacts", objects.Body!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [Fact]
    public async Task DeletedInstance_TokenGets401()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        Assert.Equal(200, (await Json.GetAsync(hub.Http, "hubs/crm/ping")).Status);
        Assert.Equal(200, (await Json.SendAsync(hub.Tenant, HttpMethod.Delete, $"instances/{hub.InstanceId}")).Status);
        Json.AssertWireError(await Json.GetAsync(hub.Http, "hubs/crm/contacts"), 401);
    }

    [Fact]
    public async Task Metadata_DescribesFieldsWithTypesAndFlags()
    {
        var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var fields = (await Json.GetAsync(hub.Http, "hubs/crm/objects/contacts/metadata")).Body!["fields"]!.AsArray();
        var lastName = fields.Single(f => f!["vendorPath"]!.GetValue<string>() == "last_name")!;
        Assert.True(lastName["vendorRequired"]!.GetValue<bool>());
        Assert.Equal("date", fields.Single(f => f!["vendorPath"]!.GetValue<string>() == "date_modified")!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task NullFields_AreDroppedUnlessFilterResponseNullsIsFalse()
    {
        var lastName = "Nulls-" + Guid.NewGuid().ToString("N");
        var dropping = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var created = await Json.PostAsync(dropping.Http, "hubs/crm/contacts", new { last_name = lastName, title = (string?)null });
        var id = created.Body!["id"]!.GetValue<string>();
        Assert.False((await Json.GetAsync(dropping.Http, $"hubs/crm/contacts/{id}")).Body!.AsObject().ContainsKey("title"));
        var list = $"hubs/crm/contacts?where={Uri.EscapeDataString($"last_name = '{lastName}'")}";
        var listed = (await Json.GetAsync(dropping.Http, list)).Body!.AsArray().Single()!.AsObject();
        Assert.Equal(id, listed["id"]!.GetValue<string>());
        Assert.False(listed.ContainsKey("title"));

        var keeping = await HubClient.ProvisionAsync(server, "sugarcrmv2", change: b => b["configuration"]!["filter.response.nulls"] = "false");
        var kept = await Json.GetAsync(keeping.Http, $"hubs/crm/contacts/{id}");
        Assert.True(kept.Body!.AsObject().ContainsKey("title"), kept.Text);
        var keptInList = (await Json.GetAsync(keeping.Http, list)).Body!.AsArray().Single()!.AsObject();
        Assert.True(keptInList.ContainsKey("title"));
        Assert.Null(keptInList["title"]);
    }

    private static async Task<List<string>> Ids(HubClient hub, string url)
    {
        var result = await Json.GetAsync(hub.Http, url);
        Assert.True(result.Status == 200, result.Text);
        return [.. result.Body!.AsArray().Select(r => r!["id"]!.GetValue<string>())];
    }
}
