using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The NetSuite simulator's fault switches and request counters for the REST record API (requests that
/// passed TBA). <see cref="SimulatorFaults.MaxConcurrentRequests"/> is NetSuite's concurrency governance
/// (vendors.md 1.5, 1.8 item 5). TBA tokens never expire, so there is no expiry fault.
/// </summary>
public sealed class NetSuiteFaults(TimeProvider time) : SimulatorFaults(time);

/// <summary>Plays <see cref="NetSuiteFaults"/> with nsError bodies.</summary>
internal sealed class NetSuiteFaultFilter(NetSuiteFaults faults) : FaultFilter(faults)
{
    // REVIEW: [M] NetSuite has no documented per-time REST rate limit; this fault models a throttling proxy
    // or governance in nsError form, with a Retry-After vendors.md says is unconfirmed.
    protected internal override IResult RateLimited(HttpContext http, int retryAfterSeconds) =>
        RestErrors.TooManyRequests("REQUEST_LIMIT_EXCEEDED", "Request limit exceeded. Try again later.");

    protected internal override IResult ServerError(HttpContext http, int status) => RestErrors.ServerError(status);

    protected internal override IResult ConcurrencyLimited(HttpContext http, int retryAfterSeconds) =>
        RestErrors.TooManyRequests("CONCURRENCY_LIMIT_EXCEEDED", "Concurrent request limit exceeded. Request blocked.");
}
