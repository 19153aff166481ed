namespace OpenElements.Server.Hubs;

/// <summary>
/// The vendor answered a hub call with an error. A vendor client error (4xx) keeps its status, so a
/// client sees the vendor's 404 or 400; a vendor failure (5xx) becomes 502. The vendor's text goes in
/// <c>providerMessage</c>.
/// </summary>
public sealed class VendorResponseException(int vendorStatus, string message, string providerMessage) : Exception(message)
{
    public int VendorStatus { get; } = vendorStatus;

    public string ProviderMessage { get; } = providerMessage;

    public int StatusCode => VendorStatus is >= 400 and < 500 ? VendorStatus : 502;
}
