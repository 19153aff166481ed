using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Elements;

[Collection(ServerCollection.Name)]
public sealed class ElementsApiTests(ServerFactory server)
{
    private static readonly string[] Keys = ["netsuitecrmv2", "zohocrm", "oraclesalescloud", "connectwisecrm", "connectwisehd", "sugarcrmv2"];

    [Fact]
    public async Task Keys_ListsTheSixSeedElements()
    {
        var keys = await Json.GetAsync(server.CreateTenantClient(), "elements/keys");
        Assert.Equal(Keys.Order(), keys.Body!.AsArray().Select(k => k!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Elements_ListsEachWithItsSeedFields()
    {
        var elements = (await Json.GetAsync(server.CreateTenantClient(), "elements")).Body!.AsArray();
        Assert.Equal(6, elements.Count);
        Assert.All(elements, e => Assert.NotNull(e!["name"]));
        var oracle = elements.Single(e => e!["key"]!.GetValue<string>() == "oraclesalescloud")!;
        Assert.Equal(1948, oracle["id"]!.GetValue<long>());
        Assert.Equal("elements/provider_salescloud.jpg", oracle["image"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sugarcrmv2")]
    [InlineData("170")]
    [InlineData("SugarCRMv2")]
    public async Task Element_ByKeyOrId_ReturnsItWithItsConfiguration(string keyOrId)
    {
        var element = await Json.GetAsync(server.CreateTenantClient(), $"elements/{keyOrId}");
        Assert.Equal(200, element.Status);
        Assert.Equal("sugarcrmv2", element.Body!["key"]!.GetValue<string>());
        var config = element.Body!["configuration"]!.AsArray();
        var tokenUrl = config.Single(c => c!["key"]!.GetValue<string>() == "oauth.token.url")!;
        Assert.Equal("https://{site.url}/rest/v10/oauth2/token", tokenUrl["defaultValue"]!.GetValue<string>());
        Assert.True(config.Single(c => c!["key"]!.GetValue<string>() == "oauth.api.key")!["required"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ElementConfiguration_HasTheCommonInstanceConfig()
    {
        var config = (await Json.GetAsync(server.CreateTenantClient(), "elements/zohocrm/configuration")).Body!.AsArray();
        var keys = config.Select(c => c!["key"]!.GetValue<string>()).ToList();
        Assert.Contains("event.notification.enabled", keys);
        Assert.Contains("event.notification.callback.url", keys);
        Assert.Contains("filter.response.nulls", keys);
        Assert.Contains("crm.zohocrm.username", keys);
    }

    [Fact]
    public async Task UnknownElement_Returns404()
    {
        Json.AssertWireError(await Json.GetAsync(server.CreateTenantClient(), "elements/nosuch"), 404, "nosuch");
        Json.AssertWireError(await Json.GetAsync(server.CreateTenantClient(), "elements/999999999999/configuration"), 404);
    }

    [Fact]
    public async Task UnknownRoute_Returns404InTheWireShape() =>
        Json.AssertWireError(await Json.GetAsync(server.CreateTenantClient(), "no/such/route"), 404);
}
