using System.Net.Http.Headers;

namespace OpenElements.Server.Connectors.Http;

/// <summary>
/// Signs each attempt of a request separately. OAuth 1.0a (NetSuite TBA) signatures carry a nonce the
/// vendor refuses to see twice, so a retry must not resend the first attempt's header. It sits inside the
/// retry loop and before routing, so it signs the vendor URL, not the sandbox one.
/// </summary>
public sealed class PerAttemptAuthorizationHandler : DelegatingHandler
{
    /// <summary>Put on a request: builds its Authorization header from the method and the vendor URL.</summary>
    public static readonly HttpRequestOptionsKey<Func<HttpMethod, Uri, AuthenticationHeaderValue>> Signer = new("OpenElements.PerAttemptSigner");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Signer, out var sign))
        {
            var vendorUri = request.Options.TryGetValue(OutboundRoutingHandler.OriginalUri, out var original) ? original : request.RequestUri!;
            request.Headers.Authorization = sign(request.Method, vendorUri);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
