using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenElements.LoadGen;

/// <summary>
/// The Oracle contacts requests the server's hub connector sends (OracleHubConnector, OracleHttp): path
/// under the default API version, <c>onlyData=true</c>, Basic auth, <c>REST-Framework-Version: 2</c>, JSON
/// accepted, the vendor's Host header (as the server's outbound routing sets it).
/// </summary>
public static class OracleContacts
{
    // OracleHttp.Version's default: the benchmark instance sets no oracle.api.version.
    public const string Version = "11.13.18.05";
    public const string IdField = "PartyNumber";
    public const int PageSize = 100;

    public static Uri One(Uri simulatorUrl, string id) =>
        new(simulatorUrl, $"crmRestApi/resources/{Version}/contacts/{Uri.EscapeDataString(id)}?onlyData=true");

    // The connector leaves q, orderBy, fields and totalResults out when the hub query has none.
    public static Uri Page(Uri simulatorUrl, int limit) =>
        new(simulatorUrl, $"crmRestApi/resources/{Version}/contacts?onlyData=true&limit={limit}&offset=0");

    public static HttpRequestMessage Request(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = Scenarios.OracleHost;
        request.Headers.Authorization = Scenarios.OracleBasic;
        request.Headers.Add("REST-Framework-Version", "2");
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    /// <summary>The record both kinds of scenario read: the first contact in the simulator's list order.</summary>
    public static async Task<string> FirstIdAsync(HttpClient http, Uri simulatorUrl, CancellationToken ct)
    {
        var page = await Setup.GetJsonAsync(http, Request(Page(simulatorUrl, 1)), "the first contact, straight from the simulator", ct);
        return page["items"]?[0]?[IdField]?.ToString()
            ?? throw new InvalidOperationException($"The simulator's contacts list has no {IdField}: {page.ToJsonString()}");
    }
}

/// <summary>
/// <c>hub-get-one</c> / <c>hub-list-100</c>: Oracle contacts through the server's hub API, on one
/// instance provisioned in setup. Setup also asks the simulator directly and fails unless both paths
/// return the same record (the server only drops nulls) and the same 100 ids, so that the comparison
/// with the direct scenarios is between equal work.
/// </summary>
public sealed class HubScenario(Uri serverUrl, string auth, Uri simulatorUrl, bool list) : IScenario
{
    private Uri? _url;
    private string? _authorization;

    public async Task SetupAsync(HttpClient http, CancellationToken ct)
    {
        var created = await Setup.GetJsonAsync(http, new ProvisionScenario(serverUrl, auth).NextRequest(0), "provisioning the Oracle instance", ct);
        var token = created["token"]?.GetValue<string>() ?? throw new InvalidOperationException($"The provisioning response has no token: {created.ToJsonString()}");
        _authorization = $"{auth}, Element {token}";
        var id = await OracleContacts.FirstIdAsync(http, simulatorUrl, ct);
        var hubs = new Uri(serverUrl, Scenarios.ApiPrefix + "hubs/crm/contacts");
        await SameRecordAsync(http, new Uri($"{hubs}/{Uri.EscapeDataString(id)}"), OracleContacts.One(simulatorUrl, id), ct);
        await SameIdsAsync(http, new Uri($"{hubs}?pageSize={OracleContacts.PageSize}"), OracleContacts.Page(simulatorUrl, OracleContacts.PageSize), ct);
        _url = list ? new Uri($"{hubs}?pageSize={OracleContacts.PageSize}") : new Uri($"{hubs}/{Uri.EscapeDataString(id)}");
        Console.Error.WriteLine($"loadgen: {(list ? "hub-list-100" : "hub-get-one")} on contact {id}, instance {created["id"]}; server and simulator agree.");
    }

    public HttpRequestMessage NextRequest(long sequence) => Get(_url ?? throw new InvalidOperationException("Setup did not run."));

    private HttpRequestMessage Get(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    private async Task SameRecordAsync(HttpClient http, Uri through, Uri direct, CancellationToken ct)
    {
        var viaServer = await Setup.GetJsonAsync(http, Get(through), "the contact through the server", ct);
        var straight = await Setup.GetJsonAsync(http, OracleContacts.Request(direct), "the contact from the simulator", ct);
        // The hub drops null fields (filter.response.nulls defaults to true); otherwise it passes the record on.
        DropNulls(straight);
        if (!JsonNode.DeepEquals(viaServer, straight))
        {
            throw new InvalidOperationException($"The server and the simulator disagree on the contact:\n  server:    {viaServer.ToJsonString()}\n  simulator: {straight.ToJsonString()}");
        }
    }

    private async Task SameIdsAsync(HttpClient http, Uri through, Uri direct, CancellationToken ct)
    {
        var viaServer = (await Setup.GetJsonAsync(http, Get(through), "the page through the server", ct)).AsArray()
            .Select(r => r?[OracleContacts.IdField]?.ToString()).ToList();
        var straight = (await Setup.GetJsonAsync(http, OracleContacts.Request(direct), "the page from the simulator", ct))["items"]?.AsArray()
            .Select(r => r?[OracleContacts.IdField]?.ToString()).ToList() ?? [];
        if (viaServer.Count != OracleContacts.PageSize || !viaServer.SequenceEqual(straight))
        {
            throw new InvalidOperationException(
                $"The server's page ({viaServer.Count} ids) is not the simulator's ({straight.Count} ids) or not {OracleContacts.PageSize} long:\n" +
                $"  server:    {string.Join(',', viaServer)}\n  simulator: {string.Join(',', straight)}");
        }
    }

    private static void DropNulls(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                o.Remove(key);
            }

            foreach (var (_, child) in o)
            {
                DropNulls(child);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
            {
                DropNulls(child);
            }
        }
    }
}

/// <summary>
/// <c>direct-get-one</c> / <c>direct-list-100</c>: the requests the connector makes for the hub
/// scenarios, sent straight to the standalone simulator. The record is the same first contact.
/// </summary>
public sealed class DirectHubScenario(Uri simulatorUrl, bool list) : IScenario
{
    private Uri? _url;

    public async Task SetupAsync(HttpClient http, CancellationToken ct)
    {
        var id = await OracleContacts.FirstIdAsync(http, simulatorUrl, ct);
        _url = list ? OracleContacts.Page(simulatorUrl, OracleContacts.PageSize) : OracleContacts.One(simulatorUrl, id);
        var check = await Setup.GetJsonAsync(http, OracleContacts.Request(_url), "the measured request", ct);
        var expected = list
            ? check["items"]?.AsArray().Count == OracleContacts.PageSize
            : check[OracleContacts.IdField]?.ToString() == id;
        if (!expected)
        {
            var text = check.ToJsonString();
            throw new InvalidOperationException($"The simulator's answer is not the expected {(list ? "page" : "contact")}: {(text.Length > 300 ? text[..300] : text)}");
        }

        Console.Error.WriteLine($"loadgen: {(list ? "direct-list-100" : "direct-get-one")} on contact {id}.");
    }

    public HttpRequestMessage NextRequest(long sequence) => OracleContacts.Request(_url ?? throw new InvalidOperationException("Setup did not run."));
}

/// <summary>Setup requests: any failure stops the run with what came back.</summary>
internal static class Setup
{
    public static async Task<JsonNode> GetJsonAsync(HttpClient http, HttpRequestMessage request, string what, CancellationToken ct)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Setup ({what}): {request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body}");
            }

            return JsonNode.Parse(body) ?? throw new InvalidOperationException($"Setup ({what}): an empty body.");
        }
    }
}
