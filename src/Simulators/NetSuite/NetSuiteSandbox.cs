using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The one sandbox account the simulator serves, read from sandbox-credentials.json: its two
/// account-id spellings, its user (Passport) and its integration + access token (TBA).
/// </summary>
public sealed record NetSuiteSandbox(string Realm, string HostLabel, NetSuiteUser User, TbaCredentials Tba)
{
    public const string ElementKey = "netsuitecrmv2";

    /// <summary>The SuiteTalk host, e.g. <c>1234567-sb1.suitetalk.api.netsuite.com</c>.</summary>
    public string SuiteTalkHost => $"{HostLabel}.suitetalk.api.netsuite.com";

    public static NetSuiteSandbox From(SandboxCredentials credentials)
    {
        var basic = credentials.For(ElementKey, "Basic");
        var tba = credentials.For(ElementKey, "TokenBasedAuthentication");
        var realm = RealmForm(basic["netsuite.accountId"]);
        var user = new NetSuiteUser(
            basic["user.username"],
            basic["user.password"],
            // REVIEW: internal id -5 is what NetSuite gives an account's owner/admin [M]; nothing keys on it.
            UserId: "-5",
            ApplicationIds: [basic["netsuite.appId"]],
            Roles:
            [
                new NetSuiteRole(basic.GetValueOrDefault("netsuite.sso.roleId", "3"), "Administrator", IsDefault: true, WebServices: true),
                // A role the user holds without the Web Services permission, so the
                // INSUFFICIENT_PERMISSION path is reachable with the sandbox user.
                new NetSuiteRole("14", "Customer Center", IsDefault: false, WebServices: false),
            ]);
        return new NetSuiteSandbox(realm, HostLabelForm(realm), user,
            new TbaCredentials(tba["consumer_key"], tba["consumer_secret"], tba["token_id"], tba["token_secret"], realm));
    }

    /// <summary><c>1234567-sb1</c> or <c>1234567_SB1</c> → <c>1234567_SB1</c> (OAuth realm, SOAP account).</summary>
    public static string RealmForm(string accountId) => accountId.Trim().Replace('-', '_').ToUpperInvariant();

    /// <summary><c>1234567_SB1</c> → <c>1234567-sb1</c> (the host label).</summary>
    public static string HostLabelForm(string accountId) => accountId.Trim().Replace('_', '-').ToLowerInvariant();
}

/// <summary>A user-credentials login: email, password, the applications it may log in from, its roles.</summary>
public sealed record NetSuiteUser(string Email, string Password, string UserId, IReadOnlyList<string> ApplicationIds, IReadOnlyList<NetSuiteRole> Roles);

/// <summary>A role assigned to the user; only roles with the Web Services permission may use SuiteTalk.</summary>
public sealed record NetSuiteRole(string InternalId, string Name, bool IsDefault, bool WebServices);

/// <summary>The integration record (consumer) and access token (user + role) that TBA signs with.</summary>
public sealed record TbaCredentials(string ConsumerKey, string ConsumerSecret, string TokenId, string TokenSecret, string Realm);
