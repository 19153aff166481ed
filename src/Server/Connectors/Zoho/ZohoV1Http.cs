using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// What a v1 call answered: the <c>result</c> (or, for getUsers, the whole body), <c>nodata</c> (4422), or an
/// <c>error</c> code and message. v1 answers HTTP 200 in all three cases.
/// </summary>
internal sealed record ZohoV1Answer(JsonNode? Result, bool NoData, string? ErrorCode, string? ErrorMessage);

/// <summary>
/// Zoho CRM API v1's wire (vendors.md 2.2.1): <c>{crmUrl}/crm/private/json/{Module}/{method}</c> with
/// <c>authtoken</c> and <c>scope=crmapi</c>. Reads are GETs (so the shared pipeline may retry them), writes are
/// POSTs with a form body (never retried).
/// </summary>
internal static class ZohoV1Http
{
    /// <summary>The config key of the authtoken (the auth type's <c>authToken</c> role).</summary>
    public static string TokenKey(HubInstance i) => i.RoleKey("authToken") ?? "crm.zohocrm.authtoken";

    public static string CrmOrigin(HubInstance i) => ProvisioningContext.HttpsOrigin(i.Role("crmUrl") is { Length: > 0 } url ? url : ZohoAuthTokenCheck.DefaultCrmUrl);

    public static async Task<ZohoV1Answer> SendAsync(
        HubCall call, HttpMethod method, string module, string apiMethod, IReadOnlyDictionary<string, string?> parameters, string token, CancellationToken ct)
    {
        // v1 takes the token in the query string; vendor clients have no request loggers (VendorHttp), so no log holds it.
        var auth = new Dictionary<string, string?> { ["authtoken"] = token, ["scope"] = "crmapi" };
        var set = parameters.Where(p => p.Value is not null);
        var url = QueryHelpers.AddQueryString($"{CrmOrigin(call.Instance)}/crm/private/json/{module}/{apiMethod}",
            method == HttpMethod.Get ? auth.Concat(set) : auth);
        using var request = new HttpRequestMessage(method, url);
        if (method != HttpMethod.Get)
        {
            request.Content = new FormUrlEncodedContent(set.Select(p => KeyValuePair.Create(p.Key, p.Value!)));
        }

        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        var answer = await VendorBody.ReadAsync(response, ct);
        var json = answer.Json as JsonObject;
        var reply = json?["response"] as JsonObject;
        var error = reply?["error"] as JsonObject;
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new VendorResponseException(status, $"Zoho CRM answered {status} to {module}/{apiMethod}",
                Text(error?["message"]) ?? (answer.IsBlank ? $"{status} {response.ReasonPhrase}" : Snippet(answer.Text)),
                VendorResponseException.RetryAfterOf(response));
        }

        if (json is null)
        {
            throw new VendorResponseException(502, $"Zoho CRM answered {module}/{apiMethod} with something that is not JSON", Snippet(answer.Text));
        }

        return error is not null ? new ZohoV1Answer(null, false, Text(error["code"]), Text(error["message"]))
            : reply?["nodata"] is not null ? new ZohoV1Answer(null, true, null, null)
            : new ZohoV1Answer(reply is null ? json : reply["result"], false, null, null);
    }

    /// <summary>
    /// A v1 error code as the client's status (vendors.md 2.4): a missing record 404, what the client sent 400,
    /// limits 429, a refused ticket 401, a permission or account problem 403, anything else the vendor failing.
    /// </summary>
    public static VendorResponseException Failure(string module, string apiMethod, string? code, string? message)
    {
        var status = code switch
        {
            "4103" => 404,
            "4401" or "4600" or "4832" or "4420" or "4831" or "4835" => 400,
            "4820" or "4421" or "4423" => 429,
            "4000" or "4834" => 401,
            "4001" or "401" or "401.1" or "401.2" or "401.3" or "4101" or "4102" => 403,
            _ => 502,
        };
        return new VendorResponseException(status, $"Zoho CRM refused {module}/{apiMethod} (code {code})", message ?? $"code {code}");
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static string Snippet(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
