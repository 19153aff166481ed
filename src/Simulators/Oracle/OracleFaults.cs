using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// The Oracle simulator's fault switches and request counter (the resource routes only, after Basic
/// auth). Tests take it from <c>SimulatorServer.Services</c> and flip it on the running pod.
/// </summary>
public sealed class OracleFaults(TimeProvider time) : SimulatorFaults(time);

/// <summary>Runs each resource request through <see cref="OracleFaults"/>; the bodies follow the request's framework version.</summary>
internal sealed class OracleFaultFilter(OracleFaults faults) : IEndpointFilter, IFaultReplies
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        faults.InvokeAsync(context.HttpContext, this, () => next(context));

    // REVIEW: [M] Fusion's 429 body; the dev.to source only records the status. Retry-After is the
    // standard header, sent so clients can be tested on honouring it.
    public IResult RateLimited(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return OracleErrors.Status(http, StatusCodes.Status429TooManyRequests, "Too many requests. Try again later.");
    }

    public IResult ServerError(HttpContext http, int status) =>
        OracleErrors.Status(http, status, status == StatusCodes.Status503ServiceUnavailable
            ? "The service is temporarily unavailable. Try again later."
            : "An unexpected error occurred on the server.");

    // Fusion publishes no concurrency limit; the switch exists so both simulators have the same faults.
    public IResult ConcurrencyLimited(HttpContext http, int retryAfterSeconds) => RateLimited(http, retryAfterSeconds);
}
