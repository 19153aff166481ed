using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// Zoho's fault switches and counters (resolve from <c>SimulatorServer.Services</c>): the shared ones for the
/// crm.zoho.com v1 routes, plus authtoken revocation and a count of tokens the accounts server issued, so a
/// test can assert that a revoked token caused exactly one new login. The accounts server is counted as
/// <see cref="RequestKind.Token"/> and never faulted.
/// </summary>
public sealed class ZohoFaults(TimeProvider time, ZohoAuthTokenStore tokens) : SimulatorFaults(time)
{
    private int _issued;

    /// <summary>Authtokens the accounts server issued since the last <see cref="Reset"/>.</summary>
    public int TokensIssued => Volatile.Read(ref _issued);

    /// <summary>Every issued authtoken stops working (4834 on the next data call); new ones can be issued.</summary>
    public void RevokeAllTokens() => tokens.RevokeAll();

    /// <summary>Counters and switches back to zero. Issued tokens stay valid: revocation is not a switch.</summary>
    public override void Reset()
    {
        base.Reset();
        Interlocked.Exchange(ref _issued, 0);
    }

    internal void CountIssued() => Interlocked.Increment(ref _issued);
}

/// <summary>Plays <see cref="ZohoFaults"/> with v1's <c>{"response":{"error":{code,message}}}</c> bodies.</summary>
internal sealed class ZohoFaultFilter(ZohoFaults faults) : FaultFilter(faults)
{
    // REVIEW: [M] v1 reported its rate limit as code 4820 in an HTTP 200 body; the shared switch answers
    // HTTP 429 with Retry-After (what Zoho's edge sends today), with 4820 in the body so both are exercised.
    protected internal override IResult RateLimited(HttpContext http, int retryAfterSeconds) =>
        ZohoV1Json.Error(http.Request, "4820", "API call cannot be completed as you have exceeded the rate limit.", StatusCodes.Status429TooManyRequests);

    // REVIEW: [M] 4500 is v1's "internal error"; the 5xx status itself is what the switch is for.
    protected internal override IResult ServerError(HttpContext http, int status) =>
        ZohoV1Json.Error(http.Request, "4500", "Internal server error while processing this request", status);
}
