using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OpenElements.Server.Connectors.Oracle;

/// <summary>
/// Oracle Sales Cloud takes HTTP Basic on every call and has no login, so the proof is one authenticated
/// GET of the REST version list; the newest version is what later calls put in their URLs.
/// </summary>
/// <remarks>Roles: <c>username</c>, <c>password</c>, <c>siteUrl</c>. Returns <c>apiVersion</c>.</remarks>
public sealed class OracleBasicCheck : IProvisioningCheck
{
    private const string Vendor = "Oracle Sales Cloud";

    public string Name => "oracle.basic";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, context.HttpsUrl("siteUrl", "/crmRestApi/resources/"));
        var pair = $"{context.Required("username")}:{context.Required("password")}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await VendorCall.SendAsync(context.Http, request, cancellationToken);
        var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new VendorRejectedException($"{Vendor} rejected the credentials", Refusal(response, body));
        }

        if (!response.IsSuccessStatusCode)
        {
            // A 4xx here means the site URL is not a Fusion pod's REST root (a client mistake); a 5xx
            // is the pod failing.
            var status = (int)response.StatusCode;
            throw new VendorRejectedException($"{Vendor} answered the REST version list with {status}",
                Status(response) + (body.Length > 0 ? ": " + Snippet(body) : ""), statusCode: status >= 500 ? 502 : 400);
        }

        var latest = OracleVersionList.Latest(body)
            ?? throw new VendorRejectedException($"{Vendor} answered the REST version list unexpectedly",
                Status(response) + ": " + Snippet(body), statusCode: 502);
        return new ProvisioningOutcome(new Dictionary<string, string?> { ["apiVersion"] = latest });
    }

    /// <summary>The pod's own words; when the body is empty (the usual case), the status and challenge.</summary>
    private static string Refusal(HttpResponseMessage response, string body) =>
        body.Length > 0
            ? Snippet(body)
            : Status(response) + (response.Headers.WwwAuthenticate.Count > 0 ? "; WWW-Authenticate: " + response.Headers.WwwAuthenticate : "");

    private static string Status(HttpResponseMessage response) => $"{(int)response.StatusCode} {response.ReasonPhrase}";

    // Cap the echo: an HTML error page is no use to the client beyond its first lines.
    private static string Snippet(string body) => body.Length > 500 ? body[..500] + "…" : body;
}
