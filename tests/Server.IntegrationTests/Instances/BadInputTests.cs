using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Instances;

/// <summary>Every bad body gets a clear 4xx in the wire shape and stores nothing.</summary>
[Collection(ServerCollection.Name)]
public sealed class BadInputTests(ServerFactory server)
{
    public static TheoryData<string, string> RequiredKeys()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.Requests())
        {
            foreach (var key in RequiredKeysOf(seed))
            {
                data.Add(seed.ToString(), key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredKeys))]
    public async Task SeedBody_WithOneRequiredKeyLeftOut_Returns400NamingItAndStoresNothing(string seedName, string key)
    {
        var client = await server.CreateIsolatedTenantAsync();
        var body = (JsonObject)Seeds.Requests().Single(s => s.ToString() == seedName).Body.DeepClone();
        body["configuration"]!.AsObject().Remove(key);
        var result = await Json.PostAsync(client, "instances", body);
        Json.AssertWireError(result, 400, "Missing required configuration", key);
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task Body_WithSeveralRequiredKeysMissing_NamesEveryOne()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var result = await Json.PostAsync(client, "instances", new { element = new { key = "sugarcrmv2" }, name = "x", configuration = new { username = "u" } });
        Json.AssertWireError(result, 400, "oauth.api.key", "oauth.api.secret", "site.url", "password");
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    public static TheoryData<string, object, int, string> Cases() => new()
    {
        { "unknown element key", new { element = new { key = "nosuchelement" }, name = "x", configuration = new { } }, 404, "nosuchelement" },
        { "unknown element id", new { element = new { id = 987654 }, name = "x", configuration = new { } }, 404, "987654" },
        { "no element", new { name = "x", configuration = new { username = "u" } }, 400, "'element'" },
        { "element is a string", new { element = "zohocrm", name = "x" }, 400, "'element'" },
        { "element without key or id", new { element = new { name = "Zoho" }, name = "x" }, 400, "'element'" },
        { "unknown authentication.type", new { element = new { key = "netsuitecrmv2" }, name = "x", configuration = new Dictionary<string, string> { ["authentication.type"] = "Kerberos" } }, 400, "Kerberos" },
        { "tags is a string", new { element = new { key = "zohocrm" }, name = "x", tags = "a,b", configuration = new { } }, 400, "'tags'" },
        { "tags holds numbers", new { element = new { key = "zohocrm" }, name = "x", tags = new[] { 1, 2 }, configuration = new { } }, 400, "'tags'" },
        { "configuration is an array", new { element = new { key = "zohocrm" }, name = "x", configuration = new[] { "a" } }, 400, "'configuration'" },
        { "name is a number", new { element = new { key = "zohocrm" }, name = 42, configuration = new { } }, 400, "'name'" },
        { "no name", new { element = new { key = "oraclesalescloud" }, configuration = new Dictionary<string, string> { ["username"] = "sandbox.sales.admin", ["password"] = "Sandbox-Oracle-Pass1", ["site.url"] = "sandbox-crm.fa.us2.oraclecloud.com" } }, 400, "'name'" },
        { "boolean entry not a boolean", new { element = new { key = "oraclesalescloud" }, name = "x", configuration = new Dictionary<string, string> { ["username"] = "u", ["password"] = "p", ["site.url"] = "s", ["event.notification.enabled"] = "maybe" } }, 400, "event.notification.enabled" },
        { "body is an array", new[] { 1, 2 }, 400, "JSON object" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
#pragma warning disable xUnit1026 // the description names the case in the test output
    public async Task CreateInstance_WithBadBody_ReturnsClear4xxAndStoresNothing(string description, object body, int status, string mentions)
#pragma warning restore xUnit1026
    {
        var client = await server.CreateIsolatedTenantAsync();
        Json.AssertWireError(await Json.PostAsync(client, "instances", body), status, mentions);
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Theory]
    [InlineData("{\"element\": {\"key\": \"zohocrm\"", "not valid JSON")]
    [InlineData("{\"element\": {\"key\": \"zohocrm\"}, \"name\": 'single quotes'}", "not valid JSON")]
    [InlineData("", "no body")]
    public async Task CreateInstance_WithMalformedJson_Returns400(string raw, string mentions)
    {
        var client = await server.CreateIsolatedTenantAsync();
        Json.AssertWireError(await Json.SendAsync(client, HttpMethod.Post, "instances", raw), 400, mentions);
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task CreateInstance_WithBodyOver1MB_Returns413()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var huge = "{\"element\":{\"key\":\"zohocrm\"},\"name\":\"" + new string('a', 1024 * 1024 + 10) + "\"}";
        Json.AssertWireError(await Json.SendAsync(client, HttpMethod.Post, "instances", huge), 413, "limit");
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task CreateInstance_WithXmlContentType_Returns415()
    {
        var client = await server.CreateIsolatedTenantAsync();
        using var content = new StringContent("<instance/>", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var response = await client.PostAsync("instances", content);
        Assert.Equal(415, (int)response.StatusCode);
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    /// <summary>Required keys a seed body sends that have no default (from the catalog, not from memory).</summary>
    private static IEnumerable<string> RequiredKeysOf(SeedRequest seed)
    {
        var catalog = OpenElements.Server.Elements.ElementCatalog.Load(Path.Combine(AppContext.BaseDirectory, "catalog"));
        var element = catalog.Find(seed.ElementKey)!;
        var authType = seed.AuthType ?? element.DefaultAuthType;
        return element.Configuration
            .Where(e => e.Required && e.AppliesTo(authType) && e.DefaultValue is null)
            .Select(e => e.Key);
    }
}
