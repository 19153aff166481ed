namespace OpenElements.Server.Connectors;

/// <summary>
/// Proves an instance's credentials against the vendor with the vendor's real protocol (password
/// grant, signed request, login). The catalog names the check of each auth type ("check": "oracle.basic");
/// a check is element-agnostic and reads configuration through the auth type's role → key map.
/// </summary>
public interface IProvisioningCheck
{
    /// <summary>The name the catalog uses, e.g. <c>sugarcrm.passwordGrant</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Talks to the vendor. Throws <see cref="VendorRejectedException"/> when the vendor refuses the
    /// credentials and <see cref="VendorUnreachableException"/> (via <see cref="VendorCall"/>) when it
    /// cannot be reached. Returns values to store, keyed by role (e.g. <c>accessToken</c>).
    /// </summary>
    Task<ProvisioningOutcome> RunAsync(ProvisioningContext context, CancellationToken cancellationToken);
}

/// <summary>Values a check learned from the vendor, keyed by role; the catalog maps roles to config keys.</summary>
public sealed record ProvisioningOutcome(IReadOnlyDictionary<string, string?> Values)
{
    public static ProvisioningOutcome None { get; } = new(new Dictionary<string, string?>());
}
