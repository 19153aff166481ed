using System.Net;

namespace OpenElements.Server.Connectors.Http;

/// <summary>
/// Sends a vendor request somewhere else while keeping its Host header, like curl's --connect-to.
/// Sandbox mode uses it to route every element's calls to the simulators (hosts they do not answer for
/// fail as unresolvable, as the real network would); an operator can use it per element to reach a
/// standalone simulator or an egress proxy. Connectors never know.
/// </summary>
public sealed class OutboundRoutingHandler(Uri target, IReadOnlySet<string>? knownHosts) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A retry sends the same message again, already re-pointed: route from the vendor URI it started with.
        var original = request.Options.TryGetValue(OriginalUri, out var first)
            ? first
            : request.RequestUri ?? throw new InvalidOperationException("Vendor requests need an absolute URI.");
        if (knownHosts is not null && !knownHosts.Contains(original.Host.ToLowerInvariant()))
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError,
                $"Name or service not known ({original.Host})", null, null);
        }

        request.Headers.Host = original.IsDefaultPort ? original.Host : $"{original.Host}:{original.Port}";
        request.RequestUri = new UriBuilder(original)
        {
            Scheme = target.Scheme,
            Host = target.Host,
            Port = target.Port,
        }.Uri;
        // Remember what the vendor URL was: signatures (OAuth 1.0a) and logs use the real one.
        request.Options.Set(OriginalUri, original);
        return base.SendAsync(request, cancellationToken);
    }

    public static readonly HttpRequestOptionsKey<Uri> OriginalUri = new("OpenElements.OriginalUri");

    /// <summary>A client with just this routing over sockets, for tests of a check or simulator.</summary>
    public static HttpClient CreateClient(Uri target, IReadOnlySet<string>? knownHosts) =>
        new(new OutboundRoutingHandler(target, knownHosts) { InnerHandler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, UseCookies = false } });
}
