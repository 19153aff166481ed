using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

/// <summary>Requests to the Oracle simulator's resources under the sandbox pod's URL, with its Basic credentials.</summary>
public abstract class OracleDataTest : LiveSimulatorTest
{
    protected static readonly IReadOnlyDictionary<string, string> Sandbox = SandboxCredentials.Load().For("oraclesalescloud");

    protected static string Resource(string path) => $"https://{Sandbox["site.url"]}/crmRestApi/resources/11.13.18.05/{path}";

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? json = null, int? framework = null,
        string contentType = "application/vnd.oracle.adf.resourceitem+json")
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Sandbox["username"]}:{Sandbox["password"]}")));
        if (framework is { } version)
        {
            request.Headers.Add("REST-Framework-Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return Http.SendAsync(request);
    }

    protected async Task<JsonElement> GetJsonAsync(string url, int? framework = null)
    {
        using var response = await SendAsync(HttpMethod.Get, url, framework: framework);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    /// <summary>Every item of a collection, page by page, following hasMore; the query may already carry q etc.</summary>
    protected async Task<List<JsonElement>> WalkAsync(string resource, string query, int pageSize, int? framework = null)
    {
        var items = new List<JsonElement>();
        for (var offset = 0; ; offset += pageSize)
        {
            var page = await GetJsonAsync(Resource($"{resource}?{query}&limit={pageSize}&offset={offset}"), framework);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return items;
            }
        }
    }

    /// <summary>The path keys a q selects, walking every page, in the order the pod lists them.</summary>
    private protected async Task<List<string>> KeysAsync(OracleResource resource, string q, int? framework, string extra = "")
    {
        var items = await WalkAsync(resource.Name, $"onlyData=true&fields={resource.Key}&q={Uri.EscapeDataString(q)}{extra}", 500, framework);
        return [.. items.Select(i => i.GetProperty(resource.Key).ToString())];
    }

    /// <summary>The rows as the store holds them, for an independent expectation.</summary>
    private protected IReadOnlyList<OracleRow> Rows(OracleResource resource) => Service<OracleStore>().Table(resource).Snapshot();

    private protected static string Key(OracleResource resource, OracleRow row) =>
        Convert.ToString(row[resource.Key], System.Globalization.CultureInfo.InvariantCulture)!;
}
