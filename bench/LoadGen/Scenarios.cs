using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenElements.LoadGen;

/// <summary>One kind of request the closed loop repeats; setup runs once, before the warm-up.</summary>
public interface IScenario
{
    Task SetupAsync(HttpClient http, CancellationToken ct);

    HttpRequestMessage NextRequest(long sequence);
}

public static class Scenarios
{
    public const string ApiPrefix = "elements/api-v2/";

    // The Oracle Sales Cloud sandbox account (src/Simulators/sandbox-credentials.json): not a secret.
    public const string OracleHost = "sandbox-crm.fa.us2.oraclecloud.com";
    public const string OracleUser = "sandbox.sales.admin";
    public const string OraclePassword = "Sandbox-Oracle-Pass1";

    /// <summary>The sandbox Oracle user's Basic header, for requests sent straight to the simulator.</summary>
    public static readonly AuthenticationHeaderValue OracleBasic =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{OracleUser}:{OraclePassword}")));

    public const string Names = "provision, get, direct-check, hub-get-one, hub-list-100, direct-get-one or direct-list-100";

    public static IScenario Create(string name, Uri baseUrl, string? auth, Uri? simulatorUrl, int setupInstances) => name switch
    {
        "provision" => new ProvisionScenario(baseUrl, Auth(name, auth)),
        "get" => new GetScenario(baseUrl, Auth(name, auth), setupInstances),
        "direct-check" => new DirectCheckScenario(baseUrl),
        "hub-get-one" or "hub-list-100" => new HubScenario(baseUrl, Auth(name, auth),
            simulatorUrl ?? throw new ArgumentException($"--simulator-url is required for {name}: setup compares the server's answers with the simulator's."),
            list: name == "hub-list-100"),
        "direct-get-one" or "direct-list-100" => new DirectHubScenario(baseUrl, list: name == "direct-list-100"),
        _ => throw new ArgumentException($"Unknown scenario '{name}': {Names}."),
    };

    private static string Auth(string scenario, string? auth) => auth ?? throw new ArgumentException($"--auth is required for {scenario}.");
}

/// <summary><c>POST /instances</c> of an Oracle Sales Cloud instance: the vendor check, encryption and one insert.</summary>
public sealed class ProvisionScenario(Uri baseUrl, string auth) : IScenario
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new
    {
        element = new { key = "oraclesalescloud" },
        name = "bench",
        configuration = new Dictionary<string, string>
        {
            ["username"] = Scenarios.OracleUser,
            ["password"] = Scenarios.OraclePassword,
            ["site.url"] = Scenarios.OracleHost,
        },
    });

    private readonly Uri _url = new(baseUrl, Scenarios.ApiPrefix + "instances");

    public Task SetupAsync(HttpClient http, CancellationToken ct) => Task.CompletedTask;

    public HttpRequestMessage NextRequest(long sequence)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // The platform's "User x, Organization y" is not a single scheme + parameter, so it skips validation.
        request.Headers.TryAddWithoutValidation("Authorization", auth);
        return request;
    }
}

/// <summary><c>GET /instances/{id}</c> round-robin over instances this scenario provisions in setup.</summary>
public sealed class GetScenario(Uri baseUrl, string auth, int setupInstances) : IScenario
{
    private readonly List<Uri> _urls = [];

    public async Task SetupAsync(HttpClient http, CancellationToken ct)
    {
        var provision = new ProvisionScenario(baseUrl, auth);
        for (var i = 0; i < Math.Max(1, setupInstances); i++)
        {
            var created = await Setup.GetJsonAsync(http, provision.NextRequest(i), "provisioning", ct);
            var id = created["id"]!.GetValue<long>();
            _urls.Add(new Uri(baseUrl, $"{Scenarios.ApiPrefix}instances/{id}"));
        }
    }

    public HttpRequestMessage NextRequest(long sequence)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _urls[(int)(sequence % _urls.Count)]);
        request.Headers.TryAddWithoutValidation("Authorization", auth);
        return request;
    }
}

/// <summary>
/// The Oracle check's own exchange (OracleBasicCheck): GET the REST version list with Basic auth, sent
/// straight to a simulator with the vendor's Host header, as the server's sandbox routing does.
/// </summary>
public sealed class DirectCheckScenario(Uri simulatorUrl) : IScenario
{
    private readonly Uri _url = new(simulatorUrl, "crmRestApi/resources/");

    public Task SetupAsync(HttpClient http, CancellationToken ct) => Task.CompletedTask;

    public HttpRequestMessage NextRequest(long sequence)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _url);
        request.Headers.Host = Scenarios.OracleHost;
        request.Headers.Authorization = Scenarios.OracleBasic;
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
