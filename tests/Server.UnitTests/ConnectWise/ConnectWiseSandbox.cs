using System.Net.Http.Headers;
using System.Text;
using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.ConnectWise;

/// <summary>Requests and check contexts built from the sandbox credentials, as a client would send them.</summary>
internal static class ConnectWiseSandbox
{
    public const string Host = "sandbox.connectwisedev.com";
    public const string ClientId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private static readonly IReadOnlyDictionary<string, string> Hd = SandboxCredentials.Load().For("connectwisehd");

    public static string Company => Hd["helpdesk.connectwise.company"];

    public static string User => Hd["helpdesk.connectwise.username"];

    public static string Password => Hd["helpdesk.connectwise.password"];

    public static HttpClient Client(SimulatorServer sim) => OutboundRoutingHandler.CreateClient(sim.BaseAddress, SimulatorCatalog.AllHosts);

    /// <summary>An integrator REST call; each argument can be spoiled to test one failure.</summary>
    public static HttpRequestMessage Rest(
        string pathAndQuery, string? company = null, string? password = null, bool integrator = true, string? clientId = ClientId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://{Host}{pathAndQuery}");
        var pair = $"{company ?? Company}+{User}:{password ?? Password}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        if (integrator)
        {
            request.Headers.Add("x-cw-usertype", "integrator");
        }

        if (clientId is not null)
        {
            request.Headers.Add("clientId", clientId);
        }

        return request;
    }

    /// <summary>
    /// A check context for <paramref name="elementKey"/> (connectwisecrm or connectwisehd, whose keys differ)
    /// with the catalog's role map and its default clientId; <paramref name="overrides"/> replace config values.
    /// </summary>
    public static ProvisioningContext Context(string elementKey, HttpClient http, params (string Role, string Value)[] overrides)
    {
        var prefix = elementKey == "connectwisecrm" ? "crm.connectwise" : "helpdesk.connectwise";
        var roles = new Dictionary<string, string>
        {
            ["username"] = $"{prefix}.username",
            ["password"] = $"{prefix}.password",
            ["serverUrl"] = $"{prefix}.server.url",
            ["company"] = $"{prefix}.company",
            ["clientId"] = "connectwise.clientId",
        };
        var config = SandboxCredentials.Load().For(elementKey).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        config["connectwise.clientId"] = ClientId;
        foreach (var (role, value) in overrides)
        {
            config[roles[role]] = value;
        }

        return new ProvisioningContext(elementKey, "integrator", roles, config, http, TimeProvider.System);
    }
}
