namespace OpenElements.Server.Organizations;

/// <summary>A tenant. Its secret is stored only as a digest.</summary>
public sealed class Organization
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required byte[] SecretHash { get; set; }

    public DateTime CreatedDate { get; set; }
}

/// <summary>A user of one organization; sees only that organization's instances.</summary>
public sealed class User
{
    public long Id { get; set; }

    public long OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public required string EmailAddress { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public required byte[] SecretHash { get; set; }

    public DateTime CreatedDate { get; set; }
}
