using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenElements.Server.Connectors.Http;
using OpenElements.Server.Elements;
using OpenElements.Server.Sandbox;
using Polly;

namespace OpenElements.Server.Connectors;

/// <summary>
/// One named HttpClient per element: resilience outside (retries only for safe methods, timeouts,
/// Retry-After honoured by the standard handler), routing inside (sandbox or ConnectTo), no
/// request logging (URLs can carry vendor tokens, e.g. Zoho's authtoken).
/// </summary>
public static class VendorHttp
{
    public static string ClientName(string elementKey) => "vendor:" + elementKey;

    public static IServiceCollection AddVendorHttp(this IServiceCollection services, IEnumerable<string> elementKeys)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration("Connectors").ValidateDataAnnotations().ValidateOnStart();
        foreach (var key in elementKeys)
        {
            var client = services.AddHttpClient(ClientName(key));
            client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                    ConnectTimeout = TimeSpan.FromSeconds(10),
                    // Connectors carry sessions explicitly; a shared jar would hand one vendor's (or
                    // one instance's) cookies to the next request.
                    UseCookies = false,
                })
                .RemoveAllLoggers();
            client.AddResilienceHandler("vendor", (pipeline, context) =>
                {
                    var o = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                    pipeline.AddTimeout(TimeSpan.FromSeconds(o.TotalTimeoutSeconds));
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 2,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(200),
                        // A login or token grant is not safe to repeat blindly, and an unknown host will not
                        // start resolving on the second try.
                        ShouldHandle = args => ValueTask.FromResult(
                            IsSafe(args.Context.GetRequestMessage()) && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                            && args.Outcome.Exception is not HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }),
                    });
                    pipeline.AddTimeout(TimeSpan.FromSeconds(o.AttemptTimeoutSeconds));
                });
            client.AddHttpMessageHandler(sp => (DelegatingHandler?)Routing(sp, key) ?? new PassThroughHandler());
        }

        return services;
    }

    private static bool IsSafe(HttpRequestMessage? request) =>
        request is not null && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options);

    /// <summary>Per-element ConnectTo wins; otherwise sandbox mode sends everything to the simulators.</summary>
    private static OutboundRoutingHandler? Routing(IServiceProvider services, string elementKey)
    {
        var options = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        if (options.ConnectTo.TryGetValue(elementKey, out var origin) && !string.IsNullOrWhiteSpace(origin))
        {
            return new OutboundRoutingHandler(new Uri(origin), knownHosts: null);
        }

        var sandbox = services.GetRequiredService<SandboxRouting>();
        return sandbox.Target is { } target ? new OutboundRoutingHandler(target, sandbox.Hosts) : null;
    }

    private sealed class PassThroughHandler : DelegatingHandler;
}
