using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// The Oracle simulator's fault switches and request counters (the resource routes only, after Basic
/// auth). Tests take it from <c>SimulatorServer.Services</c> and flip it on the running pod.
/// </summary>
public sealed class OracleFaults(TimeProvider time) : SimulatorFaults(time);

/// <summary>Plays <see cref="OracleFaults"/>; the bodies follow the request's framework version.</summary>
internal sealed class OracleFaultFilter(OracleFaults faults) : FaultFilter(faults)
{
    // REVIEW: [M] Fusion's 429 body; the dev.to source only records the status. Retry-After is the
    // standard header, sent so clients can be tested on honouring it.
    // Fusion publishes no concurrency limit; that refusal answers the same way.
    protected internal override IResult RateLimited(HttpContext http, int retryAfterSeconds) =>
        OracleErrors.Status(http, StatusCodes.Status429TooManyRequests, "Too many requests. Try again later.");

    protected internal override IResult ServerError(HttpContext http, int status) =>
        OracleErrors.Status(http, status, status == StatusCodes.Status503ServiceUnavailable
            ? "The service is temporarily unavailable. Try again later."
            : "An unexpected error occurred on the server.");
}
