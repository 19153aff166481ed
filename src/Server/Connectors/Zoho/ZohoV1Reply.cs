using System.Text.Json;

namespace OpenElements.Server.Connectors.Zoho;

/// <summary>Reads Zoho v1 answers: HTTP 200 with either the data or <c>{"response":{"error":{code,message}}}</c>.</summary>
internal static class ZohoV1Reply
{
    // v1's "Invalid Ticket Id": the token is unknown or deleted.
    private const string InvalidTicket = "4834";

    /// <summary>Returns when the body lists users; throws with Zoho's own message otherwise.</summary>
    public static void EnsureUsers(HttpResponseMessage response, string body)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Unexpected("getUsers", response, body);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Object
                && users.TryGetProperty("user", out var user) && user.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return;
            }

            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("response", out var reply) && reply.ValueKind == JsonValueKind.Object
                && reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                throw Refused(Text(error, "code"), Text(error, "message") ?? body.Trim());
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: reported below with the body.
        }

        throw Unexpected("getUsers", response, body);
    }

    /// <summary>
    /// A token refused moments after Zoho issued it is Zoho's fault (502); any other code (no CRM
    /// account, CRM disabled, no API permission) is about the user's account (400).
    /// </summary>
    private static VendorRejectedException Refused(string? code, string message) =>
        code == InvalidTicket
            ? new VendorRejectedException("Zoho CRM refused the authtoken it had just issued", message, statusCode: 502)
            : new VendorRejectedException("Zoho CRM refused API access for this user", message);

    /// <summary>An answer that is not Zoho's protocol at all: a proxy page, an outage, a wrong crmUrl.</summary>
    public static VendorRejectedException Unexpected(string call, HttpResponseMessage response, string body)
    {
        // Cap the echo: an HTML error page is no use to the client beyond its first lines.
        var text = body.Trim();
        var snippet = text.Length > 500 ? text[..500] + "…" : text;
        return new VendorRejectedException($"Zoho CRM answered {call} unexpectedly",
            $"{(int)response.StatusCode} {response.ReasonPhrase}{(snippet.Length > 0 ? ": " + snippet : "")}", statusCode: 502);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
