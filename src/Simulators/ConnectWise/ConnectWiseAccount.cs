using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// The one ConnectWise tenant the simulator knows: its server, company id, integrator login and the
/// version facts its login site and <c>/system/info</c> report.
/// </summary>
internal sealed record ConnectWiseAccount(string ServerHost, string Company, string IntegratorUser, string IntegratorPassword)
{
    /// <summary>Where the current release lives; REST answers under <c>/{Codebase}apis/3.0/</c>.</summary>
    public const string Codebase = "v2025_1/";

    /// <summary>The alias every ConnectWise release also answers under.</summary>
    public const string StableCodebase = "v4_6_release/";

    // REVIEW: [M] the name, version number and time zone are invented in the shape of
    // django-connectwise's fixtures (VersionCode "v2017.3", VersionNumber "v4.6.47174").
    public const string CompanyName = "Sandbox Co";
    public const string VersionCode = "v2025.1";
    public const string VersionNumber = "v4.6.103512";
    public const string SystemVersion = "v2025.1.103512";
    public const string ServerTimeZone = "Eastern Standard Time";

    // A record prints every member; the password must not reach a log line.
    public override string ToString() => $"ConnectWiseAccount {{ {Company} on {ServerHost}, integrator {IntegratorUser} }}";

    public static ConnectWiseAccount From(SandboxCredentials credentials)
    {
        // connectwisehd and connectwisecrm name the same tenant under different key prefixes.
        var hd = credentials.For("connectwisehd");
        return new ConnectWiseAccount(
            hd["helpdesk.connectwise.server.url"],
            hd["helpdesk.connectwise.company"],
            hd["helpdesk.connectwise.username"],
            hd["helpdesk.connectwise.password"]);
    }

    /// <summary>ConnectWise company ids are not case-sensitive, at login or in companyinfo.</summary>
    public bool IsCompany(string company) => string.Equals(company, Company, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Integrator logins are only honoured with <c>x-cw-usertype: integrator</c>; without it the pair is
    /// read as API member keys, and the sandbox has none, so it fails like any wrong key.
    /// </summary>
    public bool Accepts(BasicCredentials credentials, bool asIntegrator) =>
        asIntegrator
        && IsCompany(credentials.Company)
        // REVIEW: [M] login ids compared case-insensitively (SQL Server collation); passwords exactly.
        && string.Equals(credentials.User, IntegratorUser, StringComparison.OrdinalIgnoreCase)
        && string.Equals(credentials.Password, IntegratorPassword, StringComparison.Ordinal);
}
