using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

[Collection(ServerCollection.Name)]
public sealed class PassthroughTests(ServerFactory server)
{
    [Fact]
    public async Task Oracle_RawGet_GoesUnderTheVersionedRootWithTheStoredBasicAuth()
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var result = await Json.GetAsync(hub.Http, "passthrough/accounts?limit=2&totalResults=true");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(2, result.Body!["items"]!.AsArray().Count);
        Assert.NotNull(result.Body!["totalResults"]);
    }

    [Fact]
    public async Task Zoho_RawGet_GoesUnderTheV1JsonRootWithTheStoredAuthToken()
    {
        var hub = await HubClient.ProvisionAsync(server, "zohocrm");
        var result = await Json.GetAsync(hub.Http, "passthrough/Leads/getRecords?fromIndex=1&toIndex=2");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(2, result.Body!["response"]!["result"]!["Leads"]!["row"]!.AsArray().Count);
    }

    [Fact]
    public async Task NetSuite_RawGet_IsSignedWithTheInstancesToken()
    {
        var hub = await HubClient.ProvisionAsync(server, "netsuitecrmv2", "TokenBasedAuthentication");
        var result = await Json.GetAsync(hub.Http, "passthrough/record/v1/customer?limit=3");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(3, result.Body!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task VendorError_ComesBackWithTheVendorsStatusAndBody()
    {
        var hub = await HubClient.ProvisionAsync(server, "netsuitecrmv2", "TokenBasedAuthentication");
        var result = await Json.GetAsync(hub.Http, "passthrough/record/v1/customer/999999999");
        Assert.Equal(404, result.Status);
        Assert.Contains("NONEXISTENT_ID", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("passthrough/../../etc/passwd")]
    [InlineData("passthrough/%2e%2e/%2e%2e/other")]
    [InlineData("passthrough/https:%2f%2fevil.example.com/x")]
    [InlineData("passthrough/%2f%2fevil.example.com/x")]
    public async Task PathLeavingTheVendorRoot_Returns400(string path)
    {
        var hub = await HubClient.ProvisionAsync(server, "oraclesalescloud");
        var result = await Json.GetAsync(hub.Http, path);
        Assert.True(result.Status is 400 or 404, result.Text);
        Assert.DoesNotContain("items", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnElementToken_Returns401()
    {
        var tenant = await server.CreateIsolatedTenantAsync();
        Json.AssertWireError(await Json.GetAsync(tenant, "passthrough/accounts"), 401);
    }
}
