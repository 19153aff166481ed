using System.Net;
using System.Text;
using System.Text.Json;
using OpenElements.Server.Connectors.NetSuite;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>TBA-signed requests to a fresh NetSuite simulator's record API, and the store behind it.</summary>
public abstract class NetSuiteDataTest : LiveSimulatorTest
{
    private static readonly OAuth1Signer Signer =
        new(Tba["consumer_key"], Tba["consumer_secret"], Tba["token_id"], Tba["token_secret"], "1234567_SB1");

    /// <summary>Sends a signed request; <paramref name="target"/> is relative to the record API or absolute.</summary>
    protected async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(HttpMethod method, string target, string? json = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var uri = new Uri(target.StartsWith("https://", StringComparison.Ordinal) ? target : $"{RecordBase}/{target}");
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = Signer.CreateHeader(method, uri, TimeProvider.System);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        configure?.Invoke(request);
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, document.RootElement.Clone());
    }

    protected async Task<JsonElement> GetJsonAsync(string target)
    {
        var (response, json) = await SendAsync(HttpMethod.Get, target);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>Every id a collection lists, following the <c>next</c> links from the first page.</summary>
    protected async Task<List<long>> WalkAsync(string record, int limit, string? q = null)
    {
        var ids = new List<long>();
        string? next = $"{record}?limit={limit}" + (q is null ? "" : "&q=" + Uri.EscapeDataString(q));
        while (next is not null)
        {
            var page = await GetJsonAsync(next);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => long.Parse(i.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            next = page.GetProperty("links").EnumerateArray().FirstOrDefault(l => l.GetProperty("rel").GetString() == "next") is { ValueKind: JsonValueKind.Object } link
                ? link.GetProperty("href").GetString()
                : null;
        }

        return ids;
    }

    private protected IReadOnlyList<NsRecord> Records(RecordType type) => Service<RecordStore>().Table(type).Snapshot();

    protected static string Detail(JsonElement error) => error.GetProperty("o:errorDetails")[0].GetProperty("detail").GetString()!;

    protected static string Code(JsonElement error) => error.GetProperty("o:errorDetails")[0].GetProperty("o:errorCode").GetString()!;
}
