using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

[Collection(ServerCollection.Name)]
public sealed class OracleHubTests(ServerFactory server)
{
    [Theory]
    [InlineData("accounts", "PartyNumber")]
    [InlineData("contacts", "PartyNumber")]
    [InlineData("leads", "LeadId")]
    [InlineData("opportunities", "OptyNumber")]
    public async Task EveryObject_ListsVendorRecordsWithoutAdfLinks(string objectName, string idField)
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/{objectName}?pageSize=5");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(5, result.Body!.AsArray().Count);
        Assert.All(result.Body!.AsArray(), r =>
        {
            Assert.NotNull(r![idField]);
            Assert.False(r.AsObject().ContainsKey("links"));
        });
    }

    [Fact]
    public async Task Pages_OneAndTwoAtSizeN_EqualPageOneAtSize2N()
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var one = await Ids(hub, "hubs/crm/contacts?orderBy=PartyNumber asc&page=1&pageSize=30");
        var two = await Ids(hub, "hubs/crm/contacts?orderBy=PartyNumber asc&page=2&pageSize=30");
        var both = await Ids(hub, "hubs/crm/contacts?orderBy=PartyNumber asc&page=1&pageSize=60");
        Assert.Equal(both, one.Concat(two));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(1200)]
    public async Task WalkingEveryPage_ReturnsEveryRecordExactlyOnce(int pageSize)
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var ids = await hub.WalkAsync("accounts", pageSize, "PartyNumber");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var (_, _, _, response) = await hub.GetWithHeadersAsync("hubs/crm/accounts?pageSize=1&returnTotalCount=true");
        Assert.Equal(long.Parse(response.Headers.GetValues("Elements-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture), ids.Count);
        Assert.True(ids.Count >= 2000);
    }

    [Fact]
    public async Task Where_IsTranslatedToOraclesQ()
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var sample = (await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1")).Body!.AsArray()[0]!;
        var lastName = sample["LastName"]!.GetValue<string>();
        var where = $"LastName = '{lastName.Replace("'", "''")}' AND CreationDate >= '2000-01-01T00:00:00Z'";
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/contacts?pageSize=200&where={Uri.EscapeDataString(where)}");
        Assert.True(result.Status == 200, result.Text);
        Assert.NotEmpty(result.Body!.AsArray());
        Assert.All(result.Body!.AsArray(), r => Assert.Equal(lastName, r!["LastName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Crud_CreateReadUpdateDelete_GoesToTheVendorAndBack()
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var created = await Json.PostAsync(hub.Http, "hubs/crm/accounts", new JsonObject { ["OrganizationName"] = "Initech", ["City"] = "Austin" });
        Assert.True(created.Status == 200, created.Text);
        var id = created.Body!["PartyNumber"]!.GetValue<string>();
        var patched = await Json.SendAsync(hub.Http, HttpMethod.Patch, $"hubs/crm/accounts/{id}", new JsonObject { ["City"] = "Dallas" });
        Assert.True(patched.Status == 200, patched.Text);
        Assert.Equal("Dallas", patched.Body!["City"]!.GetValue<string>());
        Assert.Equal("Initech", (await Json.GetAsync(hub.Http, $"hubs/crm/accounts/{id}")).Body!["OrganizationName"]!.GetValue<string>());
        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, $"hubs/crm/accounts/{id}")).Status);
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"hubs/crm/accounts/{id}"), 404);
    }

    private static async Task<List<string>> Ids(HubClient hub, string url)
    {
        var result = await Json.GetAsync(hub.Http, url);
        Assert.True(result.Status == 200, result.Text);
        return [.. result.Body!.AsArray().Select(r => r!["PartyNumber"]!.GetValue<string>())];
    }
}
