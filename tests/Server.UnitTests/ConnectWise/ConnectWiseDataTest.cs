using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.ConnectWise;

namespace OpenElements.Server.UnitTests.ConnectWise;

/// <summary>A live ConnectWise simulator and an integrator client for its REST routes.</summary>
public abstract partial class ConnectWiseDataTest : LiveSimulatorTest
{
    protected const string Api = "/v4_6_release/apis/3.0";

    protected ConnectWiseFaults Faults => Service<ConnectWiseFaults>();

    internal ConnectWiseSimulatorOptions Options => Service<ConnectWiseSimulatorOptions>();

    protected Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string pathAndQuery) => SendAsync(HttpMethod.Get, pathAndQuery);

    /// <summary>A call under <c>/v4_6_release/apis/3.0</c>; a string body is sent as is, anything else as JSON.</summary>
    protected async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string pathAndQuery, object? body = null, string? password = null)
    {
        using var request = ConnectWiseSandbox.Rest(Api + pathAndQuery, password: password);
        request.Method = method;
        if (body is not null)
        {
            request.Content = body is string text ? new StringContent(text, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        var response = await Http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return (response, content.Length == 0 ? default : JsonDocument.Parse(content).RootElement.Clone());
    }

    /// <summary>Every entity a list call returns, following <c>rel="next"</c> links.</summary>
    protected async Task<List<JsonElement>> AllAsync(string resource, string query = "", int pageSize = 1000)
    {
        var all = new List<JsonElement>();
        string? next = $"/{resource}?pageSize={pageSize}{query}";
        while (next is not null)
        {
            var (response, body) = await GetAsync(next);
            Assert.True(response.IsSuccessStatusCode, body.ToString());
            all.AddRange(body.EnumerateArray());
            next = NextLink(response);
        }

        return all;
    }

    /// <summary>The path and query of the <c>rel="next"</c> link, relative to the API root; null on the last page.</summary>
    protected static string? NextLink(HttpResponseMessage response)
    {
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : "";
        var match = NextPattern().Match(link);
        return match.Success ? match.Groups["next"].Value : null;
    }

    protected static List<int> Ids(IEnumerable<JsonElement> entities) => [.. entities.Select(e => e.GetProperty("id").GetInt32()).Order()];

    protected static string Escape(string text) => Uri.EscapeDataString(text);

    [GeneratedRegex("<https://[^/]+/v4_6_release/apis/3.0(?<next>[^>]+)>; rel=\"next\"")]
    private static partial Regex NextPattern();
}
