namespace OpenElements.Server.Instances;

/// <summary>A provisioned element instance. Secret configuration lives encrypted in its entries.</summary>
public sealed class Instance
{
    public long Id { get; set; }

    public long OrganizationId { get; set; }

    public long UserId { get; set; }

    public required string ElementKey { get; set; }

    public required string AuthType { get; set; }

    public required string Name { get; set; }

    /// <summary>SHA-256 of the Element token; the token itself is shown once, at creation.</summary>
    public required byte[] TokenHash { get; set; }

    public bool Disabled { get; set; }

    public bool Valid { get; set; } = true;

    public bool EventsEnabled { get; set; }

    public bool TraceLoggingEnabled { get; set; }

    public string ExternalAuthentication { get; set; } = "none";

    public DateTime CreatedDate { get; set; }

    public DateTime UpdatedDate { get; set; }

    /// <summary>
    /// Every configuration key in the order it was first set, as a JSON object; secret keys are present
    /// with a null value here and their values live in <see cref="ProtectedConfiguration"/>. One column
    /// instead of a row per key: provisioning writes one row, not two dozen (docs/benchmarks.md).
    /// </summary>
    public string ConfigurationJson { get; set; } = "{}";

    /// <summary>The secret values as an AES-GCM-encrypted JSON object, bound to this instance's token hash.</summary>
    public byte[]? ProtectedConfiguration { get; set; }

    public List<InstanceTag> Tags { get; set; } = [];
}

public sealed class InstanceTag
{
    public long InstanceId { get; set; }

    public required string Name { get; set; }

    /// <summary>Keeps the client's tag order.</summary>
    public int Position { get; set; }
}
