namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// The username/password model of CE's zohocrm element (Zoho API v1): trade the e-mail and password for
/// an authtoken at the accounts server, then prove the token with the cheapest v1 call.
/// </summary>
/// <remarks>Roles: <c>username</c>, <c>password</c>, optional <c>accountsUrl</c> and <c>crmUrl</c> for other data centres. Returns <c>authToken</c>.</remarks>
public sealed class ZohoAuthTokenCheck : IProvisioningCheck
{
    // The US data centre, where CE's element pointed and where the sandbox user lives.
    internal const string DefaultCrmUrl = "https://crm.zoho.com";

    public string Name => "zoho.authToken";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var token = await ZohoAuthTokens.CreateAsync(context.Http, context.Optional("accountsUrl") ?? ZohoAuthTokens.DefaultAccountsUrl,
            context.Required("username"), context.Required("password"), cancellationToken);
        await ProveAsync(context, token, cancellationToken);
        return new ProvisioningOutcome(new Dictionary<string, string?> { ["authToken"] = token });
    }

    /// <summary>
    /// Zoho issues a token to any Zoho account, CRM user or not; only a CRM call shows the token works.
    /// </summary>
    private static async Task ProveAsync(ProvisioningContext context, string token, CancellationToken ct)
    {
        // v1 takes the token in the query string; vendor clients have no request loggers (VendorHttp), so it
        // is not written out with the URL.
        var path = $"/crm/private/json/Users/getUsers?authtoken={Uri.EscapeDataString(token)}&scope=crmapi&type=CurrentUser";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ProvisioningContext.HttpsOrigin(context.Optional("crmUrl") ?? DefaultCrmUrl) + path));
        using var response = await VendorCall.SendAsync(context.Http, request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        ZohoV1Reply.EnsureUsers(response, body);
    }
}
