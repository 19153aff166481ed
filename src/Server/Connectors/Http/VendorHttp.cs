using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenElements.Server.Connectors.Http;
using OpenElements.Server.Elements;
using OpenElements.Server.Sandbox;

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
                // Vendor URLs can carry credentials (Zoho v1's authtoken is a query parameter): the factory's
                // request loggers would write them out, so vendor clients have none.
                .RemoveAllLoggers();
            client.AddResilienceHandler("vendor", (pipeline, context) =>
                    VendorResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value))
                // One circuit (and one retry budget) per vendor host: one tenant's dead server must not
                // stop calls to everyone else's.
                .SelectPipelineByAuthority();
            client.AddHttpMessageHandler(() => new PerAttemptAuthorizationHandler());
            client.AddHttpMessageHandler(sp => (DelegatingHandler?)Routing(sp, key) ?? new PassThroughHandler());
        }

        return services;
    }

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
