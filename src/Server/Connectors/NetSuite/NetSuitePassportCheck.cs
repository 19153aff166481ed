using System.Xml.Linq;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>
/// CE <c>authentication.type = Basic</c>: a SOAP <c>login</c> with a Passport (email, password, account,
/// role) and the integration's application id, then <c>logout</c> so the session does not linger
/// (NetSuite may allow one session per user-credential login).
/// Roles: <c>accountId</c>, <c>email</c>, <c>password</c>, <c>roleId</c> (optional, default 3 =
/// Administrator), <c>appId</c>.
/// </summary>
public sealed class NetSuitePassportCheck : IProvisioningCheck
{
    private const string DefaultRoleId = "3";

    public string Name => "netsuite.passport";

    public async Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var account = NetSuiteAccount.Parse(context.Required("accountId"));
        var login = await NetSuiteSoap.PostAsync(context.Http, account.SoapEndpoint, "login",
            LoginEnvelope(account, context), sessionId: null, cancellationToken);
        if (login.Refusal("login") is { } refusal)
        {
            throw new VendorRejectedException("NetSuite rejected the credentials", refusal);
        }

        if (login.SessionId is { } session)
        {
            await LogoutAsync(context.Http, account, session, cancellationToken);
        }

        return ProvisioningOutcome.None;
    }

    private static XDocument LoginEnvelope(NetSuiteAccount account, ProvisioningContext context)
    {
        var m = NetSuiteSoap.Messages;
        var c = NetSuiteSoap.Core;
        // Without an application id NetSuite refuses the login; leaving it out lets the vendor say so.
        var appId = context.Optional("appId");
        var header = appId is null ? null : new XElement(m + "applicationInfo", new XElement(m + "applicationId", appId));
        var passport = new XElement(m + "passport",
            new XElement(c + "email", context.Required("email")),
            new XElement(c + "password", context.Required("password")),
            new XElement(c + "account", account.Realm),
            new XElement(c + "role", new XAttribute("internalId", context.Optional("roleId") ?? DefaultRoleId)));
        return NetSuiteSoap.Message(header, new XElement(m + "login", passport));
    }

    private static async Task LogoutAsync(HttpClient http, NetSuiteAccount account, string session, CancellationToken ct)
    {
        try
        {
            // The answer does not matter: the login already proved the credentials, and a session
            // that failed to close times out on NetSuite's side.
            await NetSuiteSoap.PostAsync(http, account.SoapEndpoint, "logout",
                NetSuiteSoap.Message(null, new XElement(NetSuiteSoap.Messages + "logout")), session, ct);
        }
        catch (VendorUnreachableException)
        {
            // Same reasoning: reachability was proven a moment ago by the login itself.
        }
    }
}
