using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Connectors.Oracle;

/// <summary>Oracle's wire: Basic auth, framework version 2, plain-text or <c>o:errorDetails</c> error bodies.</summary>
internal static class OracleHttp
{
    public static async Task<JsonNode?> SendAsync(
        HubCall call, HttpMethod method, string path, Dictionary<string, string?> query, JsonObject? body, CancellationToken ct, bool versioned = true)
    {
        var i = call.Instance;
        var root = Root(i);
        var url = QueryHelpers.AddQueryString(versioned ? $"{root}{Version(i)}/{path}" : root, query.Where(q => q.Value is not null)!);
        using var request = new HttpRequestMessage(method, url);
        Authorize(i, request);
        request.Headers.Add("REST-Framework-Version", "2");
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        var answer = await VendorBody.ReadAsync(response, ct);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new VendorResponseException(status, $"Oracle Sales Cloud answered {status} to {method} {path}",
                Detail(answer.Json) ?? (answer.IsBlank ? $"{status} {response.ReasonPhrase}" : answer.Text), VendorResponseException.RetryAfterOf(response));
        }

        // A success that is not JSON (a sign-in page from a proxy, say) is the vendor side failing, not the client.
        return answer.Json is not null || answer.IsBlank
            ? answer.Json
            : throw new VendorResponseException(502, $"Oracle Sales Cloud answered {method} {path} with something that is not JSON",
                answer.Text.Length > 200 ? answer.Text[..200] + "…" : answer.Text);
    }

    public static string Root(HubInstance i) => $"https://{ProvisioningContext.BareHost(i.RequireRole("siteUrl"))}/crmRestApi/resources/";

    public static string Version(HubInstance i) => i.Role("apiVersion") is { Length: > 0 } v ? v : "11.13.18.05";

    public static void Authorize(HubInstance i, HttpRequestMessage request)
    {
        var pair = $"{i.RequireRole("username")}:{i.RequireRole("password")}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
    }

    /// <summary>The <c>o:errorDetails[].detail</c> texts of a JSON error (framework ≥ 4), or null for plain text.</summary>
    private static string? Detail(JsonNode? json)
    {
        try
        {
            var details = (json as JsonObject)?["o:errorDetails"]?.AsArray()
                .Select(d => d?["detail"]?.GetValue<string>()).OfType<string>().ToList();
            return details is { Count: > 0 } ? string.Join("; ", details) : null;
        }
        catch (InvalidOperationException)
        {
            // a detail that is not a string: fall back to the raw text
            return null;
        }
    }
}
