using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.SugarCrm;

namespace OpenElements.Server.UnitTests.SugarCrm;

/// <summary>A live Sugar simulator and a logged-in client for its <c>/rest/v10</c> data routes.</summary>
public abstract class SugarRecordsTest : LiveSimulatorTest
{
    private string? _token;

    /// <summary>The sandbox user's offset, as every date-time the simulator writes carries it.</summary>
    protected const string DateTimePattern = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-04:00$";

    internal SugarCrmSimulatorOptions Options => Service<SugarCrmSimulatorOptions>();

    protected SugarCrmFaults Faults => Service<SugarCrmFaults>();

    protected async Task<string> TokenAsync() => _token ??= (await SugarSandbox.LoginAsync(Http, platform: "tests")).Access;

    protected Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string pathAndQuery) => SendAsync(HttpMethod.Get, pathAndQuery);

    /// <summary>A call under <c>/rest/v10</c> with the test's token (or <paramref name="token"/>, which may be empty for none).</summary>
    protected async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string pathAndQuery, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, $"https://{SugarSandbox.Site}/rest/v10{pathAndQuery}");
        token ??= await TokenAsync();
        if (token.Length > 0)
        {
            request.Headers.Add("OAuth-Token", token);
        }

        if (body is not null)
        {
            request.Content = body is string text ? new StringContent(text, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        var response = await Http.SendAsync(request);
        return (response, await SugarSandbox.BodyAsync(response));
    }

    /// <summary>Every record of a module in one call (the cap is raised for it), for tests that check answers against their own filtering.</summary>
    protected async Task<List<JsonElement>> AllAsync(string module)
    {
        Options.MaxRecordFetchSize = 100_000;
        var (_, body) = await SendAsync(HttpMethod.Post, $"/{module}/filter", new { max_num = 100_000 });
        return [.. body.GetProperty("records").EnumerateArray()];
    }

    /// <summary>The records a POST filter returns, all of them.</summary>
    protected async Task<List<JsonElement>> FilterAsync(string module, string filterJson)
    {
        Options.MaxRecordFetchSize = 100_000;
        var (response, body) = await SendAsync(HttpMethod.Post, $"/{module}/filter",
            new JsonObject { ["filter"] = JsonNode.Parse(filterJson), ["max_num"] = 100_000 }.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Assert.Equal(-1, body.GetProperty("next_offset").GetInt32());
        return [.. body.GetProperty("records").EnumerateArray()];
    }

    protected async Task<int> CountAsync(string module) => (await GetAsync($"/{module}/count")).Body.GetProperty("record_count").GetInt32();

    protected static List<string> Ids(IEnumerable<JsonElement> records) =>
        [.. records.Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    protected static string? Text(JsonElement record, string field) =>
        record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
