using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OpenElements.Simulators.NetSuite;

/// <summary>Guards the REST record API: every request must carry a valid TBA signature.</summary>
internal sealed partial class TbaFilter(OAuth1Verifier verifier, NetSuiteSandbox sandbox, NetSuiteSimulatorOptions options, ILogger<TbaFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        // The raw target is what the client signed (percent-encoding intact); Path/Query are decoded.
        var rawTarget = context.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget
                        ?? request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        var verdict = verifier.Verify(request.Method, request.Host.Value ?? "", rawTarget, request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null);
        if (verdict.Outcome == TbaOutcome.Accepted)
        {
            return await next(context);
        }

        LogRejected(logger, verdict.Outcome, verdict.Reason);
        var malformed = verdict.Outcome == TbaOutcome.Malformed;
        context.HttpContext.Response.Headers.WWWAuthenticate = malformed
            ? $"{options.WwwAuthenticateScheme} realm=\"{sandbox.Realm}\", error=\"invalid_request\", error_description=\"Invalid authorization header.\""
            : $"{options.WwwAuthenticateScheme} realm=\"{sandbox.Realm}\", error=\"invalid_token\", error_description=\"Invalid login attempt.\"";
        return malformed ? RestErrors.MalformedAuthorization() : RestErrors.Unauthorized();
    }

    // The reason never contains a secret: it names the failed check only.
    [LoggerMessage(Level = LogLevel.Debug, Message = "NetSuite TBA {Outcome}: {Reason}")]
    private static partial void LogRejected(ILogger logger, TbaOutcome outcome, string reason);
}
