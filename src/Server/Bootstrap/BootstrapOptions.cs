namespace OpenElements.Server.Bootstrap;

/// <summary>
/// The first organization and user, created idempotently at start-up. Bound from <c>Bootstrap</c>.
/// With no secrets configured, random ones are generated once and kept in &lt;DataDirectory&gt;/bootstrap.json.
/// </summary>
public sealed class BootstrapOptions
{
    public string? OrganizationSecret { get; set; }

    public string? UserSecret { get; set; }

    public string OrganizationName { get; set; } = "Default Organization";

    public string UserEmail { get; set; } = "admin@localhost";

    /// <summary>Generate and keep secrets when none are configured (on by default for a first start).</summary>
    public bool GenerateIfMissing { get; set; } = true;
}
