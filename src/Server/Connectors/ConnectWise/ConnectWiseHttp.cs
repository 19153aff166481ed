using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Connectors.ConnectWise;

/// <summary>ConnectWise's wire: integrator Basic auth, <c>clientId</c>, <c>{code, message, errors}</c> bodies.</summary>
internal static class ConnectWiseHttp
{
    public static async Task<(JsonNode? Json, bool HasNext)> SendAsync(
        HubCall call, HttpMethod method, string path, Dictionary<string, string?> query, JsonNode? body, CancellationToken ct)
    {
        var url = QueryHelpers.AddQueryString($"{Root(call.Instance)}{path}", query.Where(q => q.Value is not null)!);
        using var request = new HttpRequestMessage(method, url);
        Authorize(call.Instance, request);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        var answer = await VendorBody.ReadAsync(response, ct);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new VendorResponseException(status, $"ConnectWise answered {status} to {method} {path}", Message(answer.Json) ?? answer.Text, VendorResponseException.RetryAfterOf(response));
        }

        return (answer.Json, HasNextLink(response));
    }

    /// <summary><c>https://{api host}/{codebase}apis/3.0/</c>.</summary>
    public static string Root(HubInstance i)
    {
        var server = ConnectWiseHosts.ApiHost(ProvisioningContext.BareHost(i.RequireRole("serverUrl")));
        var codebase = i.Role("codebase") is { Length: > 0 } c ? c : "v4_6_release/";
        return $"https://{server}/{codebase.Trim('/')}/apis/3.0/";
    }

    /// <summary>Integrator Basic auth, <c>x-cw-usertype</c> and <c>clientId</c>.</summary>
    public static void Authorize(HubInstance i, HttpRequestMessage request)
    {
        var credentials = $"{i.RequireRole("company")}+{i.RequireRole("username")}:{i.RequireRole("password")}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        request.Headers.Add("x-cw-usertype", "integrator");
        if (i.Role("clientId") is { Length: > 0 } clientId)
        {
            request.Headers.Add("clientId", clientId);
        }
    }

    /// <summary>True when the <c>Link</c> header has <c>rel="next"</c>.</summary>
    private static bool HasNextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links)
        && links.Any(l => l.Contains("rel=\"next\"", StringComparison.OrdinalIgnoreCase));


    /// <summary>The vendor's message, with its field errors appended (they say what to fix).</summary>
    private static string? Message(JsonNode? json)
    {
        if (json is not JsonObject o || o["message"]?.GetValue<string>() is not { } message)
        {
            return null;
        }

        var details = o["errors"]?.AsArray().OfType<JsonObject>().Select(e => e["message"]?.GetValue<string>()).OfType<string>().ToList() ?? [];
        return details.Count > 0 ? $"{message} ({string.Join("; ", details)})" : message;
    }
}
