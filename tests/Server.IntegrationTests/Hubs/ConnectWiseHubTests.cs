using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

[Collection(ServerCollection.Name)]
public sealed class ConnectWiseHubTests(ServerFactory server)
{
    [Theory]
    [InlineData("connectwisecrm", "accounts")]
    [InlineData("connectwisecrm", "contacts")]
    [InlineData("connectwisecrm", "opportunities")]
    [InlineData("connectwisehd", "incidents")]
    [InlineData("connectwisehd", "contacts")]
    [InlineData("connectwisehd", "priorities")]
    [InlineData("connectwisehd", "statuses")]
    public async Task EveryObject_ListsTheVendorsRecords(string element, string objectName)
    {
        var hub = await HubClient.ProvisionAsync(server, element);
        var result = await Json.GetAsync(hub.Http, $"hubs/any/{objectName}?pageSize=3");
        Assert.True(result.Status == 200, result.Text);
        Assert.NotEmpty(result.Body!.AsArray());
        Assert.All(result.Body!.AsArray(), r => Assert.NotNull(r!["id"]));
    }

    [Fact]
    public async Task Leads_OnConnectWiseCrm_Is404SayingTheVendorHasNone()
    {
        var hub = await HubClient.ProvisionAsync(server, "connectwisecrm");
        Json.AssertWireError(await Json.GetAsync(hub.Http, "hubs/crm/leads"), 404, "leads", "accounts");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1500)]
    public async Task Pages_OneAndTwoAtSizeN_EqualPageOneAtSize2N(int n)
    {
        var hub = await HubClient.ProvisionAsync(server, "connectwisecrm");
        var one = await Ids(hub, $"hubs/crm/accounts?page=1&pageSize={n}");
        var two = await Ids(hub, $"hubs/crm/accounts?page=2&pageSize={n}");
        var both = await Ids(hub, $"hubs/crm/accounts?page=1&pageSize={2 * n}");
        Assert.Equal(both, one.Concat(two));
    }

    /// <summary>1,500 is above ConnectWise's pageSize limit of 1,000: each platform page takes two vendor pages.</summary>
    [Theory]
    [InlineData(700)]
    [InlineData(1500)]
    public async Task WalkingEveryPage_ReturnsEveryTicketExactlyOnce(int pageSize)
    {
        var hub = await HubClient.ProvisionAsync(server, "connectwisehd");
        var ids = await hub.WalkAsync("incidents", pageSize, "id");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= 2000);
        var (_, _, _, response) = await hub.GetWithHeadersAsync("hubs/helpdesk/incidents?pageSize=1&returnTotalCount=true");
        Assert.Equal(long.Parse(response.Headers.GetValues("Elements-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture), ids.Count);
    }

    [Fact]
    public async Task Where_IsTranslatedToConditions()
    {
        var hub = await HubClient.ProvisionAsync(server, "connectwisecrm");
        var first = (await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1")).Body!.AsArray()[0]!;
        var companyId = first["company"]!["id"]!.GetValue<long>();
        var where = $"company.id = {companyId} AND lastUpdated > '2000-01-01T00:00:00Z'";
        var result = await Json.GetAsync(hub.Http, $"hubs/crm/contacts?pageSize=100&where={Uri.EscapeDataString(where)}");
        Assert.True(result.Status == 200, result.Text);
        Assert.NotEmpty(result.Body!.AsArray());
        Assert.All(result.Body!.AsArray(), r => Assert.Equal(companyId, r!["company"]!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task IncidentLifecycle_CreatePatchCommentDelete()
    {
        var hub = await HubClient.ProvisionAsync(server, "connectwisehd");
        var company = (await Json.GetAsync(hub.Http, "hubs/helpdesk/contacts?pageSize=1")).Body!.AsArray()[0]!["company"]!["id"]!.GetValue<long>();
        var created = await Json.PostAsync(hub.Http, "hubs/helpdesk/incidents",
            new JsonObject { ["summary"] = "Printer offline", ["company"] = new JsonObject { ["id"] = company }, ["initialDescription"] = "Since 9am" });
        Assert.True(created.Status == 200, created.Text);
        var id = created.Body!["id"]!.GetValue<long>();

        var patched = await Json.SendAsync(hub.Http, HttpMethod.Patch, $"hubs/helpdesk/incidents/{id}", new JsonObject { ["summary"] = "Printer back online" });
        Assert.True(patched.Status == 200, patched.Text);
        Assert.Equal("Printer back online", patched.Body!["summary"]!.GetValue<string>());

        var comment = await Json.PostAsync(hub.Http, $"hubs/helpdesk/incidents/{id}/comments", new JsonObject { ["text"] = "Toner replaced", ["detailDescriptionFlag"] = true });
        Assert.True(comment.Status == 200, comment.Text);
        var comments = await Json.GetAsync(hub.Http, $"hubs/helpdesk/incidents/{id}/comments");
        Assert.Contains(comments.Body!.AsArray(), c => c!["text"]?.GetValue<string>() == "Toner replaced");

        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, $"hubs/helpdesk/incidents/{id}")).Status);
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"hubs/helpdesk/incidents/{id}"), 404);
    }

    [Fact]
    public async Task Create_WithoutRequiredFields_ReturnsTheVendorsFieldErrors()
    {
        var hub = await HubClient.ProvisionAsync(server, "connectwisehd");
        var result = await Json.PostAsync(hub.Http, "hubs/helpdesk/incidents", new JsonObject { ["initialDescription"] = "no summary" });
        Json.AssertWireError(result, 400);
        Assert.Contains("summary", result.Body!["providerMessage"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<List<long>> Ids(HubClient hub, string url)
    {
        var result = await Json.GetAsync(hub.Http, url);
        Assert.True(result.Status == 200, result.Text);
        return [.. result.Body!.AsArray().Select(r => r!["id"]!.GetValue<long>())];
    }
}
