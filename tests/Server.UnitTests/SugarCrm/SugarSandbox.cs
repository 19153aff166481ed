using System.Net.Http.Json;
using System.Text.Json;
using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.SugarCrm;

/// <summary>Token calls and check contexts built from the sandbox credentials.</summary>
internal static class SugarSandbox
{
    public const string Site = "sandbox.sugarondemand.com";
    public const string TokenUrl = $"https://{Site}/rest/v10/oauth2/token";

    public static IReadOnlyDictionary<string, string> Credentials { get; } = SandboxCredentials.Load().For("sugarcrmv2");

    public static HttpClient Client(SimulatorServer sim) => OutboundRoutingHandler.CreateClient(sim.BaseAddress, SimulatorCatalog.AllHosts);

    /// <summary>The password grant's fields; pass a value to replace one, or null to drop it.</summary>
    public static Dictionary<string, string?> PasswordGrant(string platform = "base") => new()
    {
        ["grant_type"] = "password",
        ["client_id"] = Credentials["oauth.api.key"],
        ["client_secret"] = Credentials["oauth.api.secret"],
        ["username"] = Credentials["username"],
        ["password"] = Credentials["password"],
        ["platform"] = platform,
    };

    /// <summary>The refresh grant's fields for <paramref name="refreshToken"/> (null drops it).</summary>
    public static Dictionary<string, string?> RefreshGrant(string? refreshToken) => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = Credentials["oauth.api.key"],
        ["client_secret"] = Credentials["oauth.api.secret"],
    };

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostTokenAsync(HttpClient http, Dictionary<string, string?> fields)
    {
        var response = await http.PostAsJsonAsync(TokenUrl, fields.Where(f => f.Value is not null).ToDictionary());
        return (response, await BodyAsync(response));
    }

    /// <summary>A password login that must succeed; returns (access, refresh).</summary>
    public static async Task<(string Access, string Refresh)> LoginAsync(HttpClient http, string platform = "base")
    {
        var (response, body) = await PostTokenAsync(http, PasswordGrant(platform));
        response.EnsureSuccessStatusCode();
        return (body.GetProperty("access_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(HttpClient http, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://{Site}/rest/v10{path}");
        if (token is not null)
        {
            request.Headers.Add("OAuth-Token", token);
        }

        var response = await http.SendAsync(request);
        return (response, await BodyAsync(response));
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// A check context with sugarcrmv2's role map and the seed's token URL template;
    /// <paramref name="overrides"/> replace config values by role or, failing that, by config key.
    /// </summary>
    public static ProvisioningContext Context(HttpClient http, TimeProvider time, params (string Name, string Value)[] overrides)
    {
        var roles = new Dictionary<string, string>
        {
            ["clientId"] = "oauth.api.key",
            ["clientSecret"] = "oauth.api.secret",
            ["username"] = "username",
            ["password"] = "password",
            ["tokenUrl"] = "oauth.token.url",
            ["platform"] = "sugar.platform",
        };
        var config = Credentials.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        config["oauth.token.url"] = "https://{site.url}/rest/v10/oauth2/token";
        foreach (var (name, value) in overrides)
        {
            config[roles.GetValueOrDefault(name, name)] = value;
        }

        return new ProvisioningContext("sugarcrmv2", "oauth2Password", roles, config, http, time);
    }
}
