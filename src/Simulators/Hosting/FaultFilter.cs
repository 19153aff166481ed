using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Hosting;

/// <summary>
/// Runs each request of a route group through the vendor's <see cref="SimulatorFaults"/>, counted by its
/// <see cref="RouteKind"/>; the vendor only says how its 429 and 5xx bodies look (the base sets
/// <c>Retry-After</c>). Where it sits relative to the auth filter is the vendor's call: a gateway that throttles
/// before the application looks at credentials goes first, governance of accepted requests goes after.
/// </summary>
internal abstract class FaultFilter(SimulatorFaults faults) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var kind = http.GetEndpoint()?.Metadata.GetMetadata<RouteKind>()?.Kind ?? RequestKind.Other;
        return faults.InvokeAsync(http, kind, this, () => next(context));
    }

    protected internal abstract IResult RateLimited(HttpContext http, int retryAfterSeconds);

    /// <summary>The body of a <paramref name="status"/> (5xx) answer.</summary>
    protected internal abstract IResult ServerError(HttpContext http, int status);

    /// <summary>A refusal by <see cref="SimulatorFaults.MaxConcurrentRequests"/>; by default the rate-limit answer.</summary>
    protected internal virtual IResult ConcurrencyLimited(HttpContext http, int retryAfterSeconds) => RateLimited(http, retryAfterSeconds);
}
