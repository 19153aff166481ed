namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// The username/password model of CE's zohocrm element (Zoho API v1): trade the e-mail and password for
/// an authtoken at the accounts server, then prove the token with the cheapest v1 call.
/// </summary>
/// <remarks>Roles: <c>username</c>, <c>password</c>, optional <c>accountsUrl</c> and <c>crmUrl</c> for other data centres. Returns <c>authToken</c>.</remarks>
public sealed class ZohoAuthTokenCheck : IProvisioningCheck
{
    // The US data centre, where CE's element pointed and where the sandbox user lives.
    private const string DefaultAccountsUrl = "https://accounts.zoho.com";
    private const string DefaultCrmUrl = "https://crm.zoho.com";

    // Zoho lists active authtokens by this name, so the user can tell which ones to delete.
    private const string DisplayName = "OpenElements";

    public string Name => "zoho.authToken";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var token = await CreateAuthTokenAsync(context, cancellationToken);
        await ProveAsync(context, token, cancellationToken);
        return new ProvisioningOutcome(new Dictionary<string, string?> { ["authToken"] = token });
    }

    private static async Task<string> CreateAuthTokenAsync(ProvisioningContext context, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(context, "accountsUrl", DefaultAccountsUrl, "/apiauthtoken/nb/create"))
        {
            // A form body rather than Zoho's documented query string keeps the password out of URLs,
            // and so out of proxy and access logs.
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["SCOPE"] = "ZohoCRM/crmapi",
                ["EMAIL_ID"] = context.Required("username"),
                ["PASSWORD"] = context.Required("password"),
                ["DISPLAY_NAME"] = DisplayName,
            }),
        };
        using var response = await VendorCall.SendAsync(context.Http, request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        // Zoho answers 200 either way; anything else is not the accounts server speaking.
        if (!response.IsSuccessStatusCode)
        {
            throw ZohoV1Reply.Unexpected("the authtoken request", response, body);
        }

        var properties = JavaProperties.Parse(body);
        return properties.GetValueOrDefault("RESULT") switch
        {
            "TRUE" when properties.GetValueOrDefault("AUTHTOKEN") is { Length: > 0 } token => token,
            "FALSE" => throw new VendorRejectedException("Zoho CRM rejected the credentials",
                providerMessage: properties.GetValueOrDefault("CAUSE") ?? body.Trim()),
            _ => throw ZohoV1Reply.Unexpected("the authtoken request", response, body),
        };
    }

    /// <summary>
    /// Zoho issues a token to any Zoho account, CRM user or not; only a CRM call shows the token works.
    /// </summary>
    private static async Task ProveAsync(ProvisioningContext context, string token, CancellationToken ct)
    {
        // v1 takes the token in the query string. HttpClientFactory's logs redact query strings (.NET 9+),
        // so it is not written out with the URL.
        var path = $"/crm/private/json/Users/getUsers?authtoken={Uri.EscapeDataString(token)}&scope=crmapi&type=CurrentUser";
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(context, "crmUrl", DefaultCrmUrl, path));
        using var response = await VendorCall.SendAsync(context.Http, request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        ZohoV1Reply.EnsureUsers(response, body);
    }

    private static Uri Url(ProvisioningContext context, string role, string fallback, string path) =>
        context.Optional(role) is null ? new Uri(fallback + path) : context.HttpsUrl(role, path);
}
