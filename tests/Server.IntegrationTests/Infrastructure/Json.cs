using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenElements.Server.IntegrationTests.Infrastructure;

public static class Json
{
    public static async Task<(int Status, JsonNode? Body, string Text)> SendAsync(HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? node = null;
        if (text.Length > 0)
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                // Leave Body null: the assertion on Text will say what came back.
            }
        }

        return ((int)response.StatusCode, node, text);
    }

    public static Task<(int Status, JsonNode? Body, string Text)> GetAsync(HttpClient client, string url) => SendAsync(client, HttpMethod.Get, url);

    public static Task<(int Status, JsonNode? Body, string Text)> PostAsync(HttpClient client, string url, object body) => SendAsync(client, HttpMethod.Post, url, body);

    /// <summary>Asserts the platform's error shape: a 24-hex requestId and a message.</summary>
    public static void AssertWireError((int Status, JsonNode? Body, string Text) result, int status, params string[] messageContains)
    {
        Assert.True(result.Status == status, $"expected {status}, got {result.Status}: {result.Text}");
        var body = Assert.IsType<JsonObject>(result.Body);
        Assert.Matches("^[0-9a-f]{24}$", body["requestId"]!.GetValue<string>());
        var message = body["message"]!.GetValue<string>();
        foreach (var part in messageContains)
        {
            Assert.Contains(part, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    public static async Task<int> CountInstancesAsync(HttpClient client)
    {
        var list = await GetAsync(client, "instances");
        Assert.Equal(200, list.Status);
        return list.Body!.AsArray().Count;
    }
}
