using System.Net;
using System.Text.Json;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>
/// CE <c>TokenBasedAuthentication</c>: one TBA-signed (OAuth 1.0a, HMAC-SHA256) REST call,
/// <c>GET /services/rest/record/v1/customer?limit=1</c>, the cheapest request that needs a valid token.
/// Roles: <c>accountId</c>, <c>consumerKey</c>, <c>consumerSecret</c>, <c>tokenId</c>, <c>tokenSecret</c>.
/// </summary>
public sealed class NetSuiteTokenBasedCheck : IProvisioningCheck
{
    public string Name => "netsuite.tokenBased";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var account = NetSuiteAccount.Parse(context.Required("accountId"));
        var signer = new OAuth1Signer(
            context.Required("consumerKey"), context.Required("consumerSecret"),
            context.Required("tokenId"), context.Required("tokenSecret"), account.Realm);

        var uri = account.RecordUrl("customer?limit=1");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        // Signed over the real vendor URL; sandbox routing later changes where it goes, not what was signed.
        // A retry must not replay this nonce: the vendor clients re-sign every attempt from the option.
        request.Headers.Authorization = signer.CreateHeader(HttpMethod.Get, uri, context.Time);
        request.Options.Set(Http.PerAttemptAuthorizationHandler.Signer, (method, vendorUri) => signer.CreateHeader(method, vendorUri, context.Time));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await VendorCall.SendAsync(context.Http, request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return ProvisioningOutcome.None;
        }

        var vendorText = Describe(await response.Content.ReadAsStringAsync(cancellationToken), response.StatusCode);
        // 401/403 judge the token; anything else (malformed request, 5xx, rate limit) is NetSuite failing us.
        throw response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? new VendorRejectedException("NetSuite rejected the token", vendorText)
            : new VendorRejectedException("NetSuite answered the token check unexpectedly", vendorText, statusCode: 502);
    }

    /// <summary><c>o:errorCode: detail</c> from an nsError body; the raw status and text when it is not one.</summary>
    internal static string Describe(string body, HttpStatusCode status)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("o:errorDetails", out var details)
                && details.ValueKind == JsonValueKind.Array
                && details.GetArrayLength() > 0)
            {
                var first = details[0];
                var detail = first.TryGetProperty("detail", out var d) ? d.GetString() : null;
                return first.TryGetProperty("o:errorCode", out var code) ? $"{code.GetString()}: {detail}" : detail ?? body;
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page from a proxy): fall through to the raw text.
        }

        var excerpt = body.Length <= 300 ? body : body[..300] + "…";
        return $"HTTP {(int)status}: {excerpt}";
    }
}
