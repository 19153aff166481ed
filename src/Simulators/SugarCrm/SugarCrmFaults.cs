using Microsoft.AspNetCore.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Sugar's fault switches and counters (resolve from <c>SimulatorServer.Services</c>). Faults hit every
/// <c>/rest/v10</c> route but the token endpoint, unless <see cref="IncludeTokenEndpoint"/> is set;
/// token-endpoint calls are counted as <see cref="RequestKind.Token"/> and, by grant, below.
/// </summary>
public sealed class SugarCrmFaults(TimeProvider time) : SimulatorFaults(time)
{
    private int _passwordGrants;
    private int _refreshGrants;
    private volatile bool _includeTokenEndpoint;

    /// <summary>Let faults answer <c>/oauth2/token</c> too. Default off: most tests fault data calls only.</summary>
    public bool IncludeTokenEndpoint
    {
        get => _includeTokenEndpoint;
        set => _includeTokenEndpoint = value;
    }

    /// <summary>Token calls with <c>grant_type=refresh_token</c> that reached the grant logic, accepted or not.</summary>
    public int TokenRefreshes => Volatile.Read(ref _refreshGrants);

    /// <summary>Token calls with <c>grant_type=password</c> that reached the grant logic, accepted or not.</summary>
    public int PasswordLogins => Volatile.Read(ref _passwordGrants);

    public override void Reset()
    {
        base.Reset();
        IncludeTokenEndpoint = false;
        Interlocked.Exchange(ref _passwordGrants, 0);
        Interlocked.Exchange(ref _refreshGrants, 0);
    }

    protected override bool IsFaultable(RequestKind kind) => kind != RequestKind.Token || IncludeTokenEndpoint;

    internal void CountGrant(string? grantType)
    {
        if (grantType == "password")
        {
            Interlocked.Increment(ref _passwordGrants);
        }
        else if (grantType == "refresh_token")
        {
            Interlocked.Increment(ref _refreshGrants);
        }
    }
}

/// <summary>Plays <see cref="SugarCrmFaults"/> with Sugar's <c>{"error","error_message"}</c> bodies.</summary>
internal sealed class SugarFaultFilter(SugarCrmFaults faults) : FaultFilter(faults)
{
    // REVIEW: [M] stock Sugar has no 429 (vendors.md 5.4); SugarCloud throttles at its edge with a body
    // nobody has captured, so this one borrows Sugar's shape.
    protected internal override IResult RateLimited(HttpContext http, int retryAfterSeconds) =>
        new SugarError(StatusCodes.Status429TooManyRequests, "too_many_requests", "Too many requests. Try again later.");

    // REVIEW: [M] labels from SugarApiException.php; the messages are stand-ins for its language strings.
    protected internal override IResult ServerError(HttpContext http, int status) => status switch
    {
        StatusCodes.Status500InternalServerError => new SugarError(status, "fatal_error", "Your request failed to complete. A fatal error occurred."),
        StatusCodes.Status502BadGateway => new SugarError(status, "bad_gateway", "Bad gateway."),
        StatusCodes.Status503ServiceUnavailable => new SugarError(status, "service_unavailable", "The service is unavailable. Try again later."),
        _ => new SugarError(status, "unknown_error", "An unknown error occurred."),
    };
}
