using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

[Collection(ServerCollection.Name)]
public sealed class NetSuiteHubTests(ServerFactory server)
{
    private Task<HubClient> Tba() => HubClient.ProvisionAsync(server, "netsuitecrmv2", "TokenBasedAuthentication");

    [Theory]
    [InlineData("accounts")]
    [InlineData("contacts")]
    [InlineData("opportunities")]
    [InlineData("leads")]
    public async Task EveryObject_ListsFullRecordsNotReferences(string objectName)
    {
        var hub = await Tba();
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/{objectName}?pageSize=6");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(6, result.Body!.AsArray().Count);
        Assert.All(result.Body!.AsArray(), r => Assert.NotNull(r!["lastModifiedDate"]));
    }

    [Fact]
    public async Task Leads_AreCustomersAtALeadStage()
    {
        var hub = await Tba();
        var leads = (await Json.GetAsync(hub.Http, "hubs/crm/leads?pageSize=20")).Body!.AsArray();
        Assert.All(leads, l => Assert.StartsWith("LEAD-", l!["entityStatus"]!["refName"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(600)]
    public async Task Pages_OneAndTwoAtSizeN_EqualPageOneAtSize2N(int n)
    {
        var hub = await Tba();
        var one = await Ids(hub, $"hubs/crm/contacts?page=1&pageSize={n}");
        var two = await Ids(hub, $"hubs/crm/contacts?page=2&pageSize={n}");
        var both = await Ids(hub, $"hubs/crm/contacts?page=1&pageSize={2 * n}");
        Assert.Equal(both, one.Concat(two));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(1200)]
    public async Task WalkingEveryPage_ReturnsEveryRecordExactlyOnce(int pageSize)
    {
        // A page costs one collection call plus one read per record, yet the whole 2,300 customers walk in
        // about 3 s here, so the walk needs no filtered subset. 1200 is above NetSuite's limit of 1000: one
        // hub page then spans two vendor pages.
        var hub = await Tba();
        var ids = await hub.WalkAsync("accounts", pageSize, "id");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var (_, _, _, response) = await hub.GetWithHeadersAsync("hubs/crm/accounts?pageSize=1&returnTotalCount=true");
        Assert.Equal(long.Parse(response.Headers.GetValues("Elements-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture), ids.Count);
        Assert.True(ids.Count >= 2000);
    }

    [Fact]
    public async Task Where_IsTranslatedToNetSuitesQ()
    {
        var hub = await Tba();
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/accounts?pageSize=20&where={Uri.EscapeDataString("companyName LIKE 'A%' AND isInactive = false")}");
        Assert.True(result.Status == 200, result.Text);
        Assert.NotEmpty(result.Body!.AsArray());
        Assert.All(result.Body!.AsArray(), r => Assert.StartsWith("A", r!["companyName"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OrderBy_WhichNetSuiteCannotDo_Returns400SayingSo()
    {
        var hub = await Tba();
        Json.AssertWireError(await Json.GetAsync(hub.Http, "hubs/crm/accounts?orderBy=companyName asc"), 400, "sort");
    }

    [Fact]
    public async Task Crud_CreateReadUpdateDelete_GoesToTheVendorAndBack()
    {
        var hub = await Tba();
        var created = await Json.PostAsync(hub.Http, "hubs/crm/contacts", new JsonObject { ["firstName"] = "Grace", ["lastName"] = "Hopper", ["email"] = "grace@example.com" });
        Assert.True(created.Status == 200, created.Text);
        var id = created.Body!["id"]!.ToString();
        var patched = await Json.SendAsync(hub.Http, HttpMethod.Patch, $"hubs/crm/contacts/{id}", new JsonObject { ["phone"] = "555-0100" });
        Assert.True(patched.Status == 200, patched.Text);
        Assert.Equal("555-0100", patched.Body!["phone"]!.GetValue<string>());
        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, $"hubs/crm/contacts/{id}")).Status);
        var gone = await Json.GetAsync(hub.Http, $"hubs/crm/contacts/{id}");
        Json.AssertWireError(gone, 404);
        Assert.Contains("NONEXISTENT_ID", gone.Body!["providerMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_TakeEveryFieldTheCatalogOffers_IncludingExternalIdMobileAndFax()
    {
        var hub = await Tba();
        var marker = Guid.NewGuid().ToString("N");
        var created = await Json.PostAsync(hub.Http, "hubs/crm/accounts", new JsonObject
        {
            ["companyName"] = "Initech " + marker, ["externalId"] = "crm-" + marker, ["mobilePhone"] = "555-0199", ["fax"] = "555-0198",
        });
        Assert.True(created.Status == 200, created.Text);
        var read = await Json.GetAsync(hub.Http, $"hubs/crm/accounts/{created.Body!["id"]}");
        Assert.Equal("crm-" + marker, read.Body!["externalId"]!.GetValue<string>());
        Assert.Equal("555-0199", read.Body!["mobilePhone"]!.GetValue<string>());
        Assert.Equal("555-0198", read.Body!["fax"]!.GetValue<string>());
    }

    [Fact]
    public async Task BasicInstance_HubCall_Returns400ExplainingTbaIsNeeded()
    {
        var hub = await HubClient.ProvisionAsync(server, "netsuitecrmv2", "Basic");
        Json.AssertWireError(await Json.GetAsync(hub.Http, "hubs/crm/accounts"), 400, "TokenBasedAuthentication");
    }

    private static async Task<List<string>> Ids(HubClient hub, string url)
    {
        var result = await Json.GetAsync(hub.Http, url);
        Assert.True(result.Status == 200, result.Text);
        return [.. result.Body!.AsArray().Select(r => r!["id"]!.ToString())];
    }
}
