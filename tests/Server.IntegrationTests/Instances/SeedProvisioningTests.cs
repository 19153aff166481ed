using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.IntegrationTests.Instances;

[Collection(ServerCollection.Name)]
public sealed class SeedProvisioningTests(ServerFactory server)
{
    public static TheoryData<string> SeedNames() => [.. Seeds.Requests().Select(s => s.ToString())];

    private static SeedRequest Seed(string name) => Seeds.Requests().Single(s => s.ToString() == name);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task SeedBody_WithSandboxCredentials_ProvisionsWithTheSeedResponseShape(string name)
    {
        var seed = Seed(name);
        var created = await Seeds.ProvisionAsync(server.CreateTenantClient(), seed);
        AssertSeedShape(seed, created);
        var token = created["token"]!.GetValue<string>();
        Assert.True(Convert.FromBase64String(token).Length >= 16, "tokens carry at least 128 random bits");
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task SeedInstance_ReadBack_HasTheSeedResponseShapeAndAMaskedToken(string name)
    {
        var seed = Seed(name);
        var client = server.CreateTenantClient();
        var created = await Seeds.ProvisionAsync(client, seed);
        var read = await Json.GetAsync(client, $"instances/{created["id"]}");
        Assert.Equal(200, read.Status);
        AssertSeedShape(seed, read.Body!.AsObject());
        Assert.Equal("********", read.Body!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task SugarSeed_AsPrintedWithYourMomInsteadOfElement_Returns400NamingElementAndStoresNothing()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var (_, printed) = Seeds.RawRequests().Single(r => r.File.Contains("sugarcrm", StringComparison.Ordinal));
        var result = await Json.PostAsync(client, "instances", printed);
        Json.AssertWireError(result, 400, "'element'");
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task SugarSeed_Provisioned_StoresVendorTokensAndRefreshTimeMasked()
    {
        var created = await Seeds.ProvisionAsync(server.CreateTenantClient(), Seeds.For("sugarcrmv2"));
        var config = created["configuration"]!.AsObject();
        Assert.Equal("********", config["oauth.user.token"]!.GetValue<string>());
        Assert.Equal("********", config["oauth.user.refresh_token"]!.GetValue<string>());
        var refreshTime = long.Parse(config["oauth.user.refresh_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(refreshTime), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        // Derived entries are echoed unexpanded, as the platform does.
        Assert.Equal("https://{site.url}/rest/v10", config["base.url"]!.GetValue<string>());
        Assert.Equal("https://{site.url}/rest/v10/oauth2/token", config["oauth.token.url"]!.GetValue<string>());
    }

    /// <summary>Every top-level field of the page's sample, the element's seed fields, and its configuration keys.</summary>
    private static void AssertSeedShape(SeedRequest seed, JsonObject actual)
    {
        var sample = (JsonObject)Seeds.Response(seed.File).DeepClone();
        if (sample.Remove("your_mom", out var element))
        {
            sample["element"] = element;
        }

        var required = new[] { "id", "name", "token", "element", "provisionInteractions", "valid", "disabled", "maxCacheSize", "cacheTimeToLive",
            "configuration", "eventsEnabled", "traceLoggingEnabled", "cachingEnabled", "externalAuthentication", "tags", "createdDate" };
        foreach (var field in sample.Select(p => p.Key).Concat(required).Distinct())
        {
            Assert.True(actual.ContainsKey(field), $"{seed}: response lacks '{field}'");
            if (sample[field] is JsonValue v && actual[field] is JsonValue a && field is not ("id" or "token" or "name"))
            {
                Assert.Equal(v.GetValueKind(), a.GetValueKind());
            }
        }

        Assert.Equal(seed.ElementKey, actual["element"]!["key"]!.GetValue<string>());
        var sampleElement = sample["element"]!.AsObject();
        var actualElement = actual["element"]!.AsObject();
        var sameElement = sampleElement["key"]!.GetValue<string>() == seed.ElementKey;
        foreach (var (field, value) in sampleElement)
        {
            Assert.True(actualElement.ContainsKey(field), $"{seed}: element lacks '{field}'");
            // Ids in the samples are illustrations; the rest of the element is the contract.
            if (sameElement && field != "id")
            {
                var expected = value!.ToJsonString().Replace("Your_mom", "Element", StringComparison.Ordinal);
                Assert.Equal(expected, actualElement[field]!.ToJsonString());
            }
        }

        Assert.Equal(seed.Body["name"]!.GetValue<string>(), actual["name"]!.GetValue<string>());
        Assert.Equal(["seed", seed.ElementKey], actual["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        var config = actual["configuration"]!.AsObject();
        foreach (var key in sample["configuration"]?.AsObject().Select(p => p.Key) ?? [])
        {
            var expectedKey = seed.ElementKey == "connectwisecrm" ? key.Replace("helpdesk.", "crm.", StringComparison.Ordinal) : key;
            Assert.True(config.ContainsKey(expectedKey), $"{seed}: configuration lacks '{expectedKey}'");
        }

        var secretValues = SandboxSecrets();
        foreach (var (key, value) in config)
        {
            var text = value?.GetValue<string>();
            Assert.False(text is not null && secretValues.Contains(text), $"{seed}: '{key}' shows a secret in clear");
        }
    }

    /// <summary>Every sandbox credential value that is a secret (passwords, keys, token secrets).</summary>
    internal static HashSet<string> SandboxSecrets()
    {
        var creds = SandboxCredentials.Load();
        var all = new[] { creds.For("netsuitecrmv2", "Basic"), creds.For("netsuitecrmv2", "TokenBasedAuthentication"), creds.For("zohocrm"),
            creds.For("oraclesalescloud"), creds.For("connectwisehd"), creds.For("connectwisecrm"), creds.For("sugarcrmv2") };
        return all.SelectMany(c => c)
            .Where(kv => kv.Key.Contains("password", StringComparison.Ordinal) || kv.Key.Contains("secret", StringComparison.Ordinal)
                         || kv.Key is "consumer_key" or "token_id" or "oauth.api.key")
            .Select(kv => kv.Value)
            .ToHashSet(StringComparer.Ordinal);
    }
}
