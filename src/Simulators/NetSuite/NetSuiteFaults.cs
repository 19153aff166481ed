using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The NetSuite simulator's fault switches and request counter for the REST record API (requests that
/// passed TBA). <see cref="SimulatorFaults.MaxConcurrentRequests"/> is NetSuite's concurrency governance
/// (vendors.md 1.5, 1.8 item 5). TBA tokens never expire, so there is no expiry fault.
/// </summary>
public sealed class NetSuiteFaults(TimeProvider time) : SimulatorFaults(time);

/// <summary>Runs each record API request through <see cref="NetSuiteFaults"/>, answering in nsError bodies.</summary>
internal sealed class NetSuiteFaultFilter(NetSuiteFaults faults) : IEndpointFilter, IFaultReplies
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        faults.InvokeAsync(context.HttpContext, this, () => next(context));

    // REVIEW: [M] NetSuite has no documented per-time REST rate limit; this fault models a throttling proxy
    // or governance in nsError form, with a Retry-After vendors.md says is unconfirmed.
    public IResult RateLimited(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return RestErrors.TooManyRequests("REQUEST_LIMIT_EXCEEDED", "Request limit exceeded. Try again later.");
    }

    public IResult ServerError(HttpContext http, int status) => RestErrors.ServerError(status);

    public IResult ConcurrencyLimited(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return RestErrors.TooManyRequests("CONCURRENCY_LIMIT_EXCEEDED", "Concurrent request limit exceeded. Request blocked.");
    }
}
