namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// Trades a Zoho e-mail and password for a v1 authtoken at the accounts server (vendors.md 2.1.1). Used by
/// provisioning and by the hubs when Zoho stops taking a stored token (4834). v1 only: v2 uses OAuth 2.0.
/// </summary>
internal static class ZohoAuthTokens
{
    // The US data centre, where CE's element pointed and where the sandbox user lives.
    public const string DefaultAccountsUrl = "https://accounts.zoho.com";

    // Zoho lists active authtokens by this name, so the user can tell which ones to delete.
    private const string DisplayName = "OpenElements";

    /// <summary>The new token; <see cref="VendorRejectedException"/> with Zoho's CAUSE when it refuses.</summary>
    /// <param name="accountsUrl">The accounts server's origin, e.g. <c>https://accounts.zoho.eu</c>.</param>
    public static async Task<string> CreateAsync(HttpClient http, string accountsUrl, string email, string password, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ProvisioningContext.HttpsOrigin(accountsUrl) + "/apiauthtoken/nb/create"))
        {
            // A form body rather than Zoho's documented query string keeps the password out of URLs,
            // and so out of proxy and access logs.
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["SCOPE"] = "ZohoCRM/crmapi",
                ["EMAIL_ID"] = email,
                ["PASSWORD"] = password,
                ["DISPLAY_NAME"] = DisplayName,
            }),
        };
        using var response = await VendorCall.SendAsync(http, request, ct);
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
}
