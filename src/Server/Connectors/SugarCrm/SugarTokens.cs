using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Connectors.SugarCrm;

/// <summary>
/// Renews an instance's Sugar session: the refresh grant first; if Sugar refuses the refresh token
/// (expired, or voided by another login of the same user on the same platform), a new password grant
/// with the stored credentials.
/// </summary>
internal static class SugarTokens
{
    /// <summary>
    /// Sugar keeps one session per user and platform on a site, so instances logging in as the same user
    /// share one session (<see cref="VendorSession"/>). Hashed: the key names the login without holding it.
    /// Sugar matches user names case-insensitively, so they are compared lower-cased.
    /// </summary>
    public static SharedLogin SharedLogin(HubInstance i)
    {
        var login = string.Join('\n', "sugarcrm", TokenUrl(i).ToLowerInvariant(), i.Get("oauth.api.key"), i.Get("username")?.ToLowerInvariant(), Platform(i));
        return new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(login))), "oauth.user.refresh_time");
    }

    public static async Task<Dictionary<string, string?>> RenewAsync(HubCall call, CancellationToken ct)
    {
        var i = call.Instance;
        var common = new Dictionary<string, string?>
        {
            ["client_id"] = i.Get("oauth.api.key"),
            ["client_secret"] = i.Get("oauth.api.secret") ?? "",
            ["platform"] = Platform(i),
        };
        var refresh = new Dictionary<string, string?>(common) { ["grant_type"] = "refresh_token", ["refresh_token"] = i.Get("oauth.user.refresh_token") };
        var (ok, body, error) = await GrantAsync(call, refresh, ct);
        if (!ok)
        {
            var password = new Dictionary<string, string?>(common)
            {
                ["grant_type"] = "password",
                ["username"] = i.Get("username"),
                ["password"] = i.Get("password"),
            };
            (ok, body, error) = await GrantAsync(call, password, ct);
        }

        if (!ok)
        {
            throw new VendorResponseException(401, "SugarCRM refused to renew the instance's session; update its credentials.", error);
        }

        return new Dictionary<string, string?>
        {
            ["oauth.user.token"] = body!["access_token"]!.GetValue<string>(),
            ["oauth.user.refresh_token"] = body["refresh_token"]?.GetValue<string>() ?? i.Get("oauth.user.refresh_token"),
            ["oauth.user.refresh_time"] = call.Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
    }

    private static async Task<(bool Ok, JsonObject? Body, string Error)> GrantAsync(HubCall call, Dictionary<string, string?> grant, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenUrl(call.Instance))
        {
            Content = JsonContent.Create(grant),
        };
        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var json = VendorJson.TryParse(text) as JsonObject;
        return response.IsSuccessStatusCode && json?["access_token"] is not null
            ? (true, json, "")
            : (false, null, SugarHttp.ErrorMessage(json) ?? text);
    }

    private static string TokenUrl(HubInstance i) =>
        SugarCrmPasswordGrantCheck.TokenUrl(i.Expand(i.Get("oauth.token.url") ?? "https://{site.url}/rest/v10/oauth2/token")).AbsoluteUri;

    private static string Platform(HubInstance i) => i.Get("sugarcrm.oauth.platform") ?? SugarCrmPasswordGrantCheck.DefaultPlatform;
}
