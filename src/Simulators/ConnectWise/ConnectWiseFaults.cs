using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// ConnectWise's fault switches and request counters (resolve from <c>SimulatorServer.Services</c>).
/// They cover every REST route under <c>apis/3.0</c>; codebase discovery on the login site is left alone.
/// </summary>
public sealed class ConnectWiseFaults(TimeProvider time) : SimulatorFaults(time);

/// <summary>Plays <see cref="ConnectWiseFaults"/> with ConnectWise's <c>{"code","message"}</c> bodies.</summary>
internal sealed class ConnectWiseFaultFilter(ConnectWiseFaults faults) : FaultFilter(faults)
{
    // REVIEW: [M] codes and messages; vendors.md 4.5 documents the statuses (429 with Retry-After, 500) only.
    protected internal override IResult RateLimited(HttpContext http, int retryAfterSeconds) =>
        TypedResults.Json(new ConnectWiseError("TooManyRequests", "Request rate limit exceeded. Retry after the time in the Retry-After header."),
            statusCode: StatusCodes.Status429TooManyRequests);

    protected internal override IResult ServerError(HttpContext http, int status) => TypedResults.Json(status switch
    {
        StatusCodes.Status502BadGateway => new ConnectWiseError("BadGateway", "The server received an invalid response."),
        StatusCodes.Status503ServiceUnavailable => new ConnectWiseError("ServiceUnavailable", "The service is temporarily unavailable."),
        _ => new ConnectWiseError("UnexpectedError", "An unexpected error occurred."),
    }, statusCode: status);
}
