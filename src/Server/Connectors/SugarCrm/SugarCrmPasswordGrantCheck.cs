using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenElements.Server.Connectors.SugarCrm;

/// <summary>
/// Logs in to SugarCRM with the OAuth 2.0 password grant; a granted token is the vendor's proof of
/// the client and user credentials. Returns the tokens and when to refresh them.
/// </summary>
public sealed class SugarCrmPasswordGrantCheck : IProvisioningCheck
{
    /// <summary>
    /// Sugar keeps one session per user and platform: logging in as "base" would sign the user out of
    /// Sugar's web UI, so the platform is our own unless the configuration names one.
    /// </summary>
    public const string DefaultPlatform = "openelements";

    private const string Rejected = "SugarCRM rejected the credentials";

    public string Name => "sugarcrm.passwordGrant";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var tokenUrl = TokenUrl(context.Required("tokenUrl"));
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
        {
            Content = JsonContent.Create(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = context.Required("clientId"),
                // The stock "sugar" client has an empty secret, so an unset secret is sent as "".
                ["client_secret"] = context.Optional("clientSecret") ?? "",
                ["username"] = context.Required("username"),
                ["password"] = context.Required("password"),
                ["platform"] = context.Optional("platform") ?? DefaultPlatform,
            }),
        };

        using var response = await VendorCall.SendAsync(context.Http, request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var obtainedAt = context.Time.GetUtcNow();
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response.StatusCode, body, tokenUrl);
        }

        var (accessToken, refreshToken, expiresIn) = ReadToken(body, tokenUrl);
        // REVIEW: no follow-up GET /me. Sugar keeps one session per user and platform, so a concurrent
        // login for the same user (another instance being provisioned) can void this token within
        // milliseconds, and a /me "proof" would then report good credentials as rejected. Instances that
        // share a Sugar user share its session in the hubs (SugarTokens.SharedLogin).

        return new ProvisioningOutcome(new Dictionary<string, string?>
        {
            ["accessToken"] = accessToken,
            ["refreshToken"] = refreshToken,
            ["refreshTime"] = obtainedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["refreshInterval"] = expiresIn.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The catalog's token URL, expanded; a bare host/path gets https like every vendor URL.</summary>
    internal static Uri TokenUrl(string value)
    {
        var v = value.Trim();
        return new Uri(v.Contains("://", StringComparison.Ordinal) ? v : "https://" + v.TrimStart('/'));
    }

    private static (string AccessToken, string RefreshToken, long ExpiresIn) ReadToken(string body, Uri tokenUrl)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.TryGetProperty("access_token", out var at) && at.GetString() is { Length: > 0 } accessToken
                && root.TryGetProperty("refresh_token", out var rt) && rt.GetString() is { Length: > 0 } refreshToken
                && root.TryGetProperty("expires_in", out var ei) && ei.TryGetInt64(out var expiresIn))
            {
                return (accessToken, refreshToken, expiresIn);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Falls through: not the token response's shape.
        }

        throw new VendorRejectedException(
            $"SugarCRM at {tokenUrl.Host} answered the token request without a usable token", "(unexpected response body)",
            (int)HttpStatusCode.BadGateway);
    }

    /// <summary>
    /// Sugar's <c>{"error","error_message"}</c> as a rejection. 4xx is a refusal of what the client
    /// supplied; anything else is the vendor failing, reported as a bad gateway.
    /// </summary>
    private static VendorRejectedException Failure(HttpStatusCode status, string body, Uri url)
    {
        var (error, message) = ErrorOf(body);
        var vendorText = message ?? error ?? $"HTTP {(int)status}";
        return (int)status is >= 400 and < 500
            ? new VendorRejectedException(Rejected, vendorText)
            : new VendorRejectedException($"SugarCRM at {url.Host} answered with HTTP {(int)status}", vendorText, (int)HttpStatusCode.BadGateway);
    }

    private static (string? Error, string? Message) ErrorOf(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? (null, null)
                : (Text(root, "error"), Text(root, "error_message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }

        static string? Text(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
