using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenElements.Server.Connectors.Http;
using OpenElements.Server.Errors;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>NetSuite's REST wire: TBA signatures made per attempt, nsError bodies.</summary>
internal static class NetSuiteHttp
{
    public static async Task<(JsonNode? Json, Uri? Location)> SendAsync(
        HubCall call, HttpMethod method, string path, Dictionary<string, string?> query, JsonObject? body, CancellationToken ct)
    {
        var account = NetSuiteAccount.Parse(call.Instance.RequireRole("accountId"));
        using var request = new HttpRequestMessage(method, QueryHelpers.AddQueryString(account.RecordUrl(path).ToString(), query.Where(q => q.Value is not null)!));
        Authorize(call, request);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        var answer = await VendorBody.ReadAsync(response, ct);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new VendorResponseException(status, $"NetSuite answered {status} to {method} {path}", Detail(answer.Json) ?? answer.Text, VendorResponseException.RetryAfterOf(response));
        }

        return (answer.Json, response.Headers.Location);
    }

    /// <summary>Signs the request with TBA, afresh on every attempt (see <see cref="PerAttemptAuthorizationHandler"/>).</summary>
    public static void Authorize(HubCall call, HttpRequestMessage request)
    {
        var i = call.Instance;
        if (!i.AuthType.Equals("TokenBasedAuthentication", StringComparison.Ordinal))
        {
            throw ApiException.BadRequest(
                "NetSuite hub calls use the REST record API, which needs authentication.type TokenBasedAuthentication; this instance uses Basic (SOAP login).");
        }

        var account = NetSuiteAccount.Parse(i.RequireRole("accountId"));
        var signer = new OAuth1Signer(i.RequireRole("consumerKey"), i.RequireRole("consumerSecret"), i.RequireRole("tokenId"), i.RequireRole("tokenSecret"), account.Realm);
        request.Options.Set(PerAttemptAuthorizationHandler.Signer, (m, uri) => signer.CreateHeader(m, uri, call.Time));
    }


    /// <summary>"CODE: detail" of each <c>o:errorDetails</c> entry.</summary>
    private static string? Detail(JsonNode? json)
    {
        var details = (json as JsonObject)?["o:errorDetails"]?.AsArray().OfType<JsonObject>()
            .Select(d => $"{d["o:errorCode"]?.GetValue<string>()}: {d["detail"]?.GetValue<string>()}").ToList();
        return details is { Count: > 0 } ? string.Join("; ", details) : null;
    }
}
