using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Instances;

[Collection(ServerCollection.Name)]
public sealed class LifecycleTests(ServerFactory server)
{
    [Fact]
    public async Task Patch_NameAndTags_ReplacesThemAndStripsHtml()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var id = (await Seeds.ProvisionAsync(client, Seeds.For("zohocrm")))["id"]!.GetValue<long>();
        var patched = await Json.SendAsync(client, HttpMethod.Patch, $"instances/{id}",
            new { name = "<a href='x'>churros-xss</a>", tags = new[] { "<b>one</b>", "two" } });
        Assert.Equal(200, patched.Status);
        Assert.Equal("churros-xss", patched.Body!["name"]!.GetValue<string>());
        Assert.Equal(["one", "two"], patched.Body!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        var read = await Json.GetAsync(client, $"instances/{id}");
        Assert.Equal("churros-xss", read.Body!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithoutTags_UsesTheNameAsTheOnlyTag()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var created = await Seeds.ProvisionAsync(client, Seeds.For("zohocrm"), b => b.Remove("tags"));
        Assert.Equal([created["name"]!.GetValue<string>()], created["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Patch_WithAWrongPassword_IsRefusedAndLeavesTheInstanceAsItWas()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var id = (await Seeds.ProvisionAsync(client, Seeds.For("oraclesalescloud")))["id"]!.GetValue<long>();
        var before = (await Json.GetAsync(client, $"instances/{id}/configuration")).Text;
        var refused = await Json.SendAsync(client, HttpMethod.Patch, $"instances/{id}",
            new { name = "should not stick", configuration = new Dictionary<string, string> { ["password"] = "Wrong-Password" } });
        Json.AssertWireError(refused, 400, "rejected");
        Assert.Equal(before, (await Json.GetAsync(client, $"instances/{id}/configuration")).Text);
        Assert.Equal("seed oraclesalescloud", (await Json.GetAsync(client, $"instances/{id}")).Body!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_WithTheRightNewCredentials_ProvesThemAndKeepsTheToken()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var created = await Seeds.ProvisionAsync(client, Seeds.For("sugarcrmv2"));
        var id = created["id"]!.GetValue<long>();
        var patched = await Json.SendAsync(client, HttpMethod.Patch, $"instances/{id}",
            new { configuration = new Dictionary<string, string> { ["password"] = "Sandbox-Sugar-Pass1", ["username"] = "SANDBOX.SUGAR.ADMIN" } });
        Assert.Equal(200, patched.Status);
        Assert.Equal("SANDBOX.SUGAR.ADMIN", patched.Body!["configuration"]!["username"]!.GetValue<string>());
        Assert.Equal(200, (await Json.GetAsync(WithElement(client, created), "instances/configuration")).Status);
    }

    [Fact]
    public async Task ConfigurationRows_ReadAndPatch_MaskSecretsAndUpdateValues()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var id = (await Seeds.ProvisionAsync(client, Seeds.For("oraclesalescloud")))["id"]!.GetValue<long>();
        var rows = (await Json.GetAsync(client, $"instances/{id}/configuration")).Body!.AsArray();
        var password = rows.Single(r => r!["key"]!.GetValue<string>() == "password")!;
        Assert.Equal("********", password["propertyValue"]!.GetValue<string>());
        var callback = rows.Single(r => r!["key"]!.GetValue<string>() == "event.notification.callback.url")!;
        var patched = await Json.SendAsync(client, HttpMethod.Patch, $"instances/{id}/configuration/{callback["id"]}",
            new { key = "event.notification.callback.url", propertyValue = "https://app.example/hook" });
        Assert.Equal(200, patched.Status);
        Assert.Equal("https://app.example/hook", patched.Body!["propertyValue"]!.GetValue<string>());
        var read = await Json.GetAsync(client, $"instances/{id}");
        Assert.Equal("https://app.example/hook", read.Body!["configuration"]!["event.notification.callback.url"]!.GetValue<string>());
        Json.AssertWireError(await Json.GetAsync(client, $"instances/{id}/configuration/999999999"), 404);
    }

    [Fact]
    public async Task EnableAndDisable_FlipTheDisabledFlag()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var created = await Seeds.ProvisionAsync(client, Seeds.For("connectwisehd"));
        var id = created["id"]!.GetValue<long>();
        var disabled = await Json.SendAsync(client, HttpMethod.Delete, $"instances/{id}/enabled");
        Assert.True(disabled.Body!["disabled"]!.GetValue<bool>());
        Assert.True((await Json.GetAsync(client, $"instances/{id}")).Body!["disabled"]!.GetValue<bool>());
        var byToken = await Json.SendAsync(WithElement(client, created), HttpMethod.Put, "instances/enabled");
        Assert.False(byToken.Body!["disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Delete_RemovesTheInstanceAndItsTokenStopsWorking()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var created = await Seeds.ProvisionAsync(client, Seeds.For("zohocrm"));
        var id = created["id"]!.GetValue<long>();
        var withToken = WithElement(client, created);
        Assert.Equal(200, (await Json.GetAsync(withToken, "instances/configuration")).Status);

        var deleted = await Json.SendAsync(client, HttpMethod.Delete, $"instances/{id}");
        Assert.Equal(200, deleted.Status);
        Assert.Equal("", deleted.Text);
        Json.AssertWireError(await Json.GetAsync(client, $"instances/{id}"), 404);
        Json.AssertWireError(await Json.GetAsync(withToken, "instances/configuration"), 401, "Invalid Organization or User secret");
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task IdLessRoutes_UseTheInstanceOfTheElementToken()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var first = await Seeds.ProvisionAsync(client, Seeds.For("zohocrm"));
        var second = await Seeds.ProvisionAsync(client, Seeds.For("oraclesalescloud"));
        var patched = await Json.SendAsync(WithElement(client, second), HttpMethod.Patch, "instances", new { name = "by token" });
        Assert.Equal(second["id"]!.GetValue<long>(), patched.Body!["id"]!.GetValue<long>());
        Assert.Equal("by token", patched.Body!["name"]!.GetValue<string>());
        Assert.Equal("seed zohocrm", (await Json.GetAsync(client, $"instances/{first["id"]}")).Body!["name"]!.GetValue<string>());
        Assert.Equal(200, (await Json.SendAsync(WithElement(client, second), HttpMethod.Delete, "instances")).Status);
        Assert.Equal(1, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task ElementRoutes_CreateAndListWithoutElementInTheBody()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var body = (JsonObject)Seeds.For("oraclesalescloud").Body.DeepClone();
        body.Remove("element");
        var created = await Json.PostAsync(client, "elements/oraclesalescloud/instances", body);
        Assert.Equal(200, created.Status);
        Assert.Equal("oraclesalescloud", created.Body!["element"]!["key"]!.GetValue<string>());
        await Seeds.ProvisionAsync(client, Seeds.For("zohocrm"));
        var listed = await Json.GetAsync(client, "elements/1948/instances");
        Assert.Equal([created.Body!["id"]!.GetValue<long>()], listed.Body!.AsArray().Select(i => i!["id"]!.GetValue<long>()));
        Json.AssertWireError(await Json.GetAsync(client, $"elements/zohocrm/instances/{created.Body!["id"]}"), 404);
    }

    [Fact]
    public async Task List_FiltersByTagsAndSearchText_And404sWhenNothingMatches()
    {
        var client = await server.CreateIsolatedTenantAsync();
        await Seeds.ProvisionAsync(client, Seeds.For("zohocrm"), b => { b["name"] = "Zoho for Acme"; b["tags"] = new JsonArray("acme", "crm"); });
        await Seeds.ProvisionAsync(client, Seeds.For("oraclesalescloud"), b => { b["name"] = "Oracle for Globex"; b["tags"] = new JsonArray("globex"); });
        Assert.Equal(["Zoho for Acme"], Names(await Json.GetAsync(client, "instances?tags[]=acme")));
        Assert.Equal(2, Names(await Json.GetAsync(client, "instances?tags[]=acme&tags[]=globex")).Count);
        Assert.Equal(["Oracle for Globex"], Names(await Json.GetAsync(client, "instances?searchText=globex")));
        Assert.Equal(["Oracle for Globex"], Names(await Json.GetAsync(client, "instances?searchText=oraclesales")));
        Json.AssertWireError(await Json.GetAsync(client, "instances?searchText=initech"), 404, "No instances found");
    }

    private static List<string> Names((int Status, JsonNode? Body, string Text) result)
    {
        Assert.True(result.Status == 200, result.Text);
        return [.. result.Body!.AsArray().Select(i => i!["name"]!.GetValue<string>())];
    }

    private HttpClient WithElement(HttpClient tenant, JsonObject instance)
    {
        var header = tenant.DefaultRequestHeaders.GetValues("Authorization").Single();
        var client = server.CreateClient();
        client.BaseAddress = tenant.BaseAddress;
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"{header}, Element {instance["token"]!.GetValue<string>()}");
        return client;
    }
}
