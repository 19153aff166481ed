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
}
