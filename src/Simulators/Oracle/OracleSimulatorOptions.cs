namespace OpenElements.Simulators.Oracle;

/// <summary>Switches for the Oracle simulator; bound from <c>Simulators:Oracle</c>, changeable at run time by tests.</summary>
public sealed class OracleSimulatorOptions
{
    public const string Section = "Simulators:Oracle";

    /// <summary>
    /// The realm in the 401's <c>WWW-Authenticate: Basic realm="…"</c>. Default <c>owsm</c>.
    /// </summary>
    // REVIEW: [M] the realm name Fusion's web services manager sends.
    public string Realm { get; set; } = "owsm";

    /// <summary>
    /// The 401's body, sent as text/plain; empty sends none. Default empty.
    /// </summary>
    // REVIEW: [M] vendors.md 3.1 says "empty/HTML"; set a short text to model pods that send one.
    public string UnauthorizedBody { get; set; } = "";

    /// <summary>
    /// The REST framework version of a request without a <c>REST-Framework-Version</c> header. Default 1.
    /// </summary>
    // REVIEW: [M] vendors.md 3.1 says 1 unless the application declares otherwise, while the version
    // list advertises defaultFrameworkVersion 3 for the latest release; a pod may do either.
    public int DefaultFrameworkVersion { get; set; } = 1;

    /// <summary>
    /// The first framework version whose errors are ADF JSON (<c>application/vnd.oracle.adf.error+json</c>);
    /// older ones get text/plain. Default 4.
    /// </summary>
    // REVIEW: [M] vendors.md 3.4: "< 4 text/plain, newer JSON".
    public int JsonErrorsFromFrameworkVersion { get; set; } = 4;
}
