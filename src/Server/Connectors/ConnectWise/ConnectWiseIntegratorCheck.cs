using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenElements.Server.Connectors.ConnectWise;

/// <summary>
/// Proves a ConnectWise integrator login: asks the login site which codebase the company is on, then
/// makes an authenticated <c>GET /system/info</c> there as the integrator. Returns the codebase.
/// </summary>
public sealed class ConnectWiseIntegratorCheck : IProvisioningCheck
{
    public string Name => "connectwise.integrator";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var company = context.Required("company").Trim();
        var codebase = await DiscoverCodebaseAsync(context, company, cancellationToken);

        var server = context.HttpsUrl("serverUrl");
        var api = new UriBuilder(server) { Host = ConnectWiseHosts.ApiHost(server.Host), Path = $"/{codebase}apis/3.0/system/info" }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Get, api);
        var pair = $"{company}+{context.Required("username")}:{context.Required("password")}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        request.Headers.Add("x-cw-usertype", "integrator");
        request.Headers.Add("clientId", context.Required("clientId"));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await VendorCall.SendAsync(context.Http, request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var vendorText = MessageOf(body) ?? $"HTTP {(int)response.StatusCode}";
            throw response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? new VendorRejectedException("ConnectWise rejected the integrator credentials", vendorText)
                : new VendorRejectedException(
                    $"ConnectWise at {api.Host} answered /system/info with HTTP {(int)response.StatusCode}", vendorText,
                    (int)HttpStatusCode.BadGateway);
        }

        return new ProvisioningOutcome(new Dictionary<string, string?> { ["codebase"] = codebase });
    }

    /// <summary><c>GET /login/companyinfo/{company}</c> (no auth): the company's codebase, e.g. <c>v2025_1/</c>.</summary>
    private static async Task<string> DiscoverCodebaseAsync(ProvisioningContext context, string company, CancellationToken ct)
    {
        var url = context.HttpsUrl("serverUrl", "/login/companyinfo/" + Uri.EscapeDataString(company));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await VendorCall.SendAsync(context.Http, request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new VendorRejectedException(
                $"ConnectWise at {url.Host} answered the company lookup with HTTP {(int)response.StatusCode}; check the server URL",
                MessageOf(body) ?? $"HTTP {(int)response.StatusCode}");
        }

        JsonElement info;
        try
        {
            using var doc = JsonDocument.Parse(body);
            info = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Something answered that is not ConnectWise's login site (a proxy page, another product).
            throw new VendorRejectedException(
                $"The server {url.Host} did not answer like a ConnectWise login site; check the server URL", "(not JSON)");
        }

        if (info.ValueKind != JsonValueKind.Object)
        {
            // ConnectWise's whole answer for a company it does not know is the JSON literal null.
            throw new VendorRejectedException($"ConnectWise does not know the company '{company}' on {url.Host}", body.Trim());
        }

        // REVIEW: a missing Codebase falls back to the alias every release serves rather than failing.
        var codebase = info.TryGetProperty("Codebase", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } s
            ? s
            : "v4_6_release/";
        return codebase.Trim('/') + "/";
    }

    /// <summary>The <c>message</c> of ConnectWise's error body, or null when the body is not that shape.</summary>
    private static string? MessageOf(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                   && doc.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
