using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>The sandbox Sugar instance: its site, its one OAuth key and its one user.</summary>
internal sealed record SugarCrmAccount(string SiteHost, string ClientId, string ClientSecret, string UserName, string Password)
{
    // REVIEW: [M] an invented user record; Sugar user ids are GUIDs except the stock admin's "1".
    public const string UserId = "5f3e2a10-7c4d-11ee-9b1a-0242ac120002";
    public const string FirstName = "Sandbox";
    public const string LastName = "Administrator";

    // A record prints every member; the secret and password must not reach a log line.
    public override string ToString() => $"SugarCrmAccount {{ {UserName} on {SiteHost}, client {ClientId} }}";

    public static SugarCrmAccount From(SandboxCredentials credentials)
    {
        var c = credentials.For("sugarcrmv2");
        return new SugarCrmAccount(c["site.url"], c["oauth.api.key"], c["oauth.api.secret"], c["username"], c["password"]);
    }

    /// <summary>
    /// Only the sandbox OAuth key passes; the stock <c>sugar</c> client with its empty secret is refused
    /// because the sandbox accepts nothing but its listed credentials.
    /// </summary>
    public bool AcceptsClient(string clientId, string clientSecret) =>
        string.Equals(clientId, ClientId, StringComparison.Ordinal) && string.Equals(clientSecret, ClientSecret, StringComparison.Ordinal);

    // REVIEW: [M] user names compared case-insensitively, as MySQL's default collation does; passwords exactly.
    public bool AcceptsUser(string userName, string password) =>
        string.Equals(userName, UserName, StringComparison.OrdinalIgnoreCase) && string.Equals(password, Password, StringComparison.Ordinal);
}
