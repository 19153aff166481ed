using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.IntegrationTests.Infrastructure;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Zoho;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>Zoho v1 under faults: a revoked authtoken, rate limits and 5xx bursts. Every switch is reset around each test.</summary>
[Collection(FaultCollection.Name)]
public sealed class ZohoFaultTests(FaultServerFactory server) : FaultTestBase<ZohoFaults>(server)
{
    protected override string ElementKey => "zohocrm";

    protected override string ListPath => "hubs/crm/leads?pageSize=3";

    [Fact]
    public async Task RevokedAuthToken_FiftyConcurrentCalls_CauseExactlyOneNewAuthTokenAndAllSucceed()
    {
        var hub = await HubClient.ProvisionAsync(Server, "zohocrm");
        Faults.RevokeAllTokens();
        var issuedBefore = Faults.TokensIssued;

        var statuses = new ConcurrentBag<(int Status, string Text)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (_, _) =>
        {
            var result = await Json.GetAsync(hub.Http, "hubs/crm/accounts?pageSize=1");
            statuses.Add((result.Status, result.Text));
        });

        Assert.All(statuses, s => Assert.True(s.Status == 200, s.Text));
        Assert.Equal(1, Faults.TokensIssued - issuedBefore);

        // The new token was stored: later calls need no login.
        Assert.Equal(200, (await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1")).Status);
        Assert.Equal(1, Faults.TokensIssued - issuedBefore);
    }

    [Fact]
    public async Task RevokedAuthToken_OnAWrite_IsRenewedAndTheWriteReplayedOnce()
    {
        var hub = await HubClient.ProvisionAsync(Server, "zohocrm");
        Faults.RevokeAllTokens();
        var issuedBefore = Faults.TokensIssued;
        var created = await Json.PostAsync(hub.Http, "hubs/crm/leads", new Dictionary<string, string> { ["Last Name"] = "Replayed" });
        Assert.True(created.Status == 200, created.Text);
        // The refused insert (4834: nothing written) and its replay.
        Assert.Equal(2, Faults.Seen(RequestKind.Create));
        Assert.Equal(1, Faults.TokensIssued - issuedBefore);
        var found = await Json.GetAsync(hub.Http, $"hubs/crm/leads?pageSize=10&where={Uri.EscapeDataString("`Last Name` = 'Replayed'")}");
        Assert.Single(found.Body!.AsArray());
    }

    [Fact]
    public async Task ServerErrorBurst_OnAGet_IsRetriedUntilItPasses()
    {
        var hub = await HubClient.ProvisionAsync(Server, "zohocrm");
        Faults.FailNext(2, 503);
        var result = await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(2, Faults.Counts.ServerErrors);
    }

    [Fact]
    public async Task ServerError_OnACreate_IsNotRetried()
    {
        var hub = await HubClient.ProvisionAsync(Server, "zohocrm");
        Faults.FailNext(1, 503);
        var result = await Json.PostAsync(hub.Http, "hubs/crm/accounts", new Dictionary<string, string> { ["Account Name"] = "Not Twice Zoho Ltd" });
        Json.AssertWireError(result, 502);
        Assert.Equal(1, Faults.Seen(RequestKind.Create));
        var search = await Json.GetAsync(hub.Http, $"hubs/crm/accounts?where={Uri.EscapeDataString("`Account Name` = 'Not Twice Zoho Ltd'")}");
        Assert.Empty(search.Body!.AsArray());
    }

    /// <summary>v1 windows are at most 200 records; the default page of 200 must not cost a second call to look ahead.</summary>
    [Fact]
    public async Task DefaultPageOf200_CostsOneVendorCall_AndStillOffersTheNextPage()
    {
        var hub = await HubClient.ProvisionAsync(Server, "zohocrm");
        var before = Faults.Seen(RequestKind.List);
        var (status, body, text, response) = await hub.GetWithHeadersAsync("hubs/crm/accounts");
        Assert.True(status == 200, text);
        Assert.Equal(200, body!.AsArray().Count);
        Assert.True(response.Headers.Contains("Elements-Next-Page-Token"));
        Assert.Equal(1, Faults.Seen(RequestKind.List) - before);
    }
}
