namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Switches for the NetSuite simulator. One mutable singleton: tests flip a switch on a running
/// simulator through <c>SimulatorServer.Services</c>.
/// </summary>
public sealed class NetSuiteSimulatorOptions
{
    /// <summary>
    /// Enforce NetSuite's one-session-per-user rule for user-credential logins
    /// (<c>WS_CONCUR_SESSION_DISALLWD</c>). Default <c>false</c>: every test fixture and every
    /// sandbox instance logs in as the same sandbox user, so with the rule on they would fail each
    /// other at random. Turn it on to test a client's session handling.
    /// </summary>
    public bool EnforceSingleSessionPerUser { get; set; }

    /// <summary>How far a TBA timestamp may be from the simulator's clock. Default 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an idle SOAP session (JSESSIONID) lives. Default 20 minutes.</summary>
    // REVIEW: 20 minutes is the commonly quoted NetSuite web-services session timeout [M].
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// The scheme of the <c>WWW-Authenticate</c> header on REST 401/400. Default <c>Bearer</c>, as the
    /// Oracle page shows; for TBA it may read <c>OAuth</c> [M].
    /// </summary>
    public string WwwAuthenticateScheme { get; set; } = "Bearer";

    /// <summary>Fault for a Passport whose account is not this account.</summary>
    // REVIEW: [M] code and text; the platform XSD has an invalidAccountFault, the exact message was not found.
    public SoapFault InvalidAccountFault { get; set; } = new("invalidAccountFault", "INVALID_ACCT", "Invalid account number.");

    /// <summary>Fault for a user-credential request without an application id, or with one the account does not know.</summary>
    // REVIEW: [M] NetSuite documents that such requests fail but not the code; INVALID_LOGIN_ATTEMPT
    // is the documented catch-all for refused web-services logins, so it is the closest.
    public SoapFault InvalidApplicationIdFault { get; set; } = new("invalidCredentialsFault", "INVALID_LOGIN_ATTEMPT", "Invalid login attempt.");

    /// <summary>Fault for a TokenPassport request that also carries an application id (not allowed with TBA).</summary>
    // REVIEW: [M] the doc says the request fails, not how; same catch-all as above.
    public SoapFault TokenWithApplicationIdFault { get; set; } = new("invalidCredentialsFault", "INVALID_LOGIN_ATTEMPT", "Invalid login attempt.");

    /// <summary>Fault for a Passport naming a role the user does not have.</summary>
    // REVIEW: [M] code from the SOAP fault code list; message wording not found.
    public SoapFault InvalidRoleFault { get; set; } = new("invalidCredentialsFault", "INVALID_ROLE", "You do not have access to the specified role.");
}
