using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>Switches for behaviour the research could not pin down; tests flip them on the live singleton.</summary>
internal sealed class ConnectWiseSimulatorOptions
{
    /// <summary>
    /// Status for a REST call without a well-formed <c>clientId</c> header. Default 401.
    /// </summary>
    // REVIEW: [M] ConnectWise documents the header as required on every call since 2019 but not the
    // exact answer when it is absent; vendors.md 4.8 asks for 401 or 400, so it is a switch.
    public int MissingClientIdStatusCode { get; set; } = StatusCodes.Status401Unauthorized;
}
