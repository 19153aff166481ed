using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Hosting;

/// <summary>
/// Counts each request by its <see cref="RouteKind"/> and plays the switched-on faults, so each vendor
/// only says how its 429 and 5xx bodies look. Put it before the auth filter: a gateway that throttles
/// or fails does so before the application has looked at credentials.
/// </summary>
public abstract class FaultFilter(FaultSwitches faults) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var kind = http.GetEndpoint()?.Metadata.GetMetadata<RouteKind>()?.Kind ?? RequestKind.Other;
        var fault = faults.Enter(kind, IsFaultable(kind));
        if (fault.Delay > TimeSpan.Zero)
        {
            // Wall-clock time on purpose: a slow vendor is slow in real time, whatever clock the test injects.
            await Task.Delay(fault.Delay, http.RequestAborted);
        }

        if (fault.StatusCode == 0)
        {
            return await next(context);
        }

        if (fault.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return RateLimited(seconds);
        }

        return Failed(fault.StatusCode);
    }

    /// <summary>Token endpoints are left alone unless a vendor says otherwise.</summary>
    protected virtual bool IsFaultable(RequestKind kind) => kind != RequestKind.Token;

    protected abstract IResult RateLimited(int retryAfterSeconds);

    protected abstract IResult Failed(int statusCode);
}
