using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Connectors.SugarCrm;

/// <summary>Sugar's wire: <c>{base.url}/path</c>, the <c>OAuth-Token</c> header, <c>{error, error_message}</c> bodies.</summary>
internal static class SugarHttp
{
    public static async Task<(HttpStatusCode Status, VendorBody Body, TimeSpan? RetryAfter)> SendAsync(
        HubCall call, HttpMethod method, string path, Dictionary<string, string?> query, JsonObject? body, string token, CancellationToken ct)
    {
        var url = QueryHelpers.AddQueryString($"{BaseUrl(call.Instance)}/{path}", query.Where(q => q.Value is not null)!);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("OAuth-Token", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        return (response.StatusCode, await VendorBody.ReadAsync(response, ct), VendorResponseException.RetryAfterOf(response));
    }

    /// <summary><c>base.url</c> expanded (<c>https://{site.url}/rest/v10</c>), no trailing slash.</summary>
    public static string BaseUrl(HubInstance instance)
    {
        var baseUrl = instance.Expand(instance.Get("base.url") ?? "https://{site.url}/rest/v10").TrimEnd('/');
        return baseUrl.Contains("://", StringComparison.Ordinal) ? baseUrl : "https://" + baseUrl;
    }


    public static string? Error(JsonNode? json) => (json as JsonObject)?["error"]?.GetValue<string>();

    public static string? ErrorMessage(JsonNode? json) => (json as JsonObject)?["error_message"]?.GetValue<string>();
}
