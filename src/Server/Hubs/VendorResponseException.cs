namespace OpenElements.Server.Hubs;

/// <summary>
/// The vendor answered a hub call with an error. A vendor client error (4xx) keeps its status, so a
/// client sees the vendor's 404 or 400; a vendor failure (5xx) becomes 502. The vendor's text goes in
/// <c>providerMessage</c>.
/// </summary>
public sealed class VendorResponseException(int vendorStatus, string message, string providerMessage, TimeSpan? retryAfter = null) : Exception(message)
{
    public int VendorStatus { get; } = vendorStatus;

    /// <summary>The vendor's <c>Retry-After</c> on a 429 or 503, passed on to the client.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The delay a response's <c>Retry-After</c> asks for (seconds or an HTTP date), if any.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { } r ? r.Delta ?? (r.Date - DateTimeOffset.UtcNow) : null;

    public string ProviderMessage { get; } = providerMessage;

    public int StatusCode => VendorStatus is >= 400 and < 500 ? VendorStatus : 502;
}
