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

    public List<InstanceConfigEntry> Configuration { get; set; } = [];

    public List<InstanceTag> Tags { get; set; } = [];
}

/// <summary>One configuration value of an instance: plain <see cref="Value"/>, or <see cref="Protected"/> ciphertext for secrets.</summary>
public sealed class InstanceConfigEntry
{
    public long Id { get; set; }

    public long InstanceId { get; set; }

    public required string Key { get; set; }

    public string? Value { get; set; }

    public byte[]? Protected { get; set; }
}

public sealed class InstanceTag
{
    public long InstanceId { get; set; }

    public required string Name { get; set; }

    /// <summary>Keeps the client's tag order.</summary>
    public int Position { get; set; }
}
