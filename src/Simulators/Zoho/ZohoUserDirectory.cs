using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>A Zoho account that can sign in and use CRM.</summary>
/// <param name="Id">The CRM user id (v1 <c>SMOWNERID</c>), a string of digits.</param>
/// <param name="Zuid">The Zoho account id behind it.</param>
public sealed record ZohoUser(string Id, string Zuid, string Email, string Password, string FullName, string Role, string Profile)
{
    // A record prints every member; the password must not reach a log through it.
    public override string ToString() => $"ZohoUser {{ Id = {Id}, Email = {Email} }}";
}

/// <summary>The Zoho accounts the simulator knows: only the sandbox user.</summary>
public sealed class ZohoUserDirectory(IReadOnlyList<ZohoUser> users)
{
    /// <summary>The sandbox user's CRM id, which owns every seeded record.</summary>
    public const string SandboxUserId = "2000000018005";

    public const string SandboxUserName = "Sandbox User";

    public IReadOnlyList<ZohoUser> All { get; } = users;

    public static ZohoUserDirectory FromSandbox(SandboxCredentials credentials)
    {
        var sandbox = credentials.For("zohocrm");
        // Ids in Zoho's shape (long digit strings); the values are the simulator's own.
        return new ZohoUserDirectory(
        [
            new ZohoUser(SandboxUserId, "10048721", sandbox["crm.zohocrm.username"], sandbox["crm.zohocrm.password"],
                SandboxUserName, "CEO", "Administrator"),
        ]);
    }

    /// <summary>Zoho sign-in ids are e-mail addresses, which compare case-insensitively.</summary>
    public ZohoUser? FindByEmail(string email) =>
        All.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));

    public ZohoUser? Find(string id) => All.FirstOrDefault(u => u.Id == id);
}
