using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace OpenElements.Server.Connectors.Http;

/// <summary>
/// The vendor call policy, outermost first: a total budget; retries (only GET/HEAD/OPTIONS, only
/// transient failures, honouring <c>Retry-After</c> up to a bound); a circuit per vendor host that stops
/// hammering a vendor that keeps failing; a per-attempt timeout.
/// </summary>
internal static class VendorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions o)
    {
        pipeline.AddTimeout(TimeSpan.FromSeconds(o.TotalTimeoutSeconds));
        // Polly refuses zero retries; "no retries" means no retry strategy.
        if (o.MaxRetries > 0)
        {
            AddRetry(pipeline, o);
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = o.CircuitMinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(o.CircuitBreakSeconds),
            // Only a vendor that fails counts: 429 is the vendor working as designed, and a bad host
            // name is the caller's configuration, not the vendor's health.
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests
                && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                && args.Outcome.Exception is not HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(o.AttemptTimeoutSeconds));
    }

    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorOptions o) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = o.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            ShouldRetryAfterHeader = true,
            // A login, a create or a token grant is not safe to repeat blindly; an unknown host will not
            // start resolving on the second try; a Retry-After longer than the bound is the vendor saying
            // "not now", which the client hears as a 429 rather than a request that hangs.
            ShouldHandle = args => ValueTask.FromResult(
                IsSafe(args.Context.GetRequestMessage())
                && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                && args.Outcome.Exception is not HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }
                && RetryAfterWithin(args.Outcome.Result, TimeSpan.FromSeconds(o.MaxRetryAfterSeconds))),
        });

    private static bool IsSafe(HttpRequestMessage? request) =>
        request is not null && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options);

    private static bool RetryAfterWithin(HttpResponseMessage? response, TimeSpan bound) =>
        response?.Headers.RetryAfter is not { } retryAfter
        || (retryAfter.Delta ?? (retryAfter.Date - DateTimeOffset.UtcNow) ?? TimeSpan.Zero) <= bound;
}
