namespace OpenElements.Simulators.SugarCrm;

/// <summary>The users records are assigned to: the sandbox user and Sugar's demo-data sales team.</summary>
internal static class SugarUsers
{
    // Sugar's demo data names its users seed_<first>_id; records in a fresh demo instance use these ids.
    public static readonly (string Id, string Name)[] All =
    [
        (SugarCrmAccount.UserId, $"{SugarCrmAccount.FirstName} {SugarCrmAccount.LastName}"),
        ("seed_sally_id", "Sally Bronsen"),
        ("seed_will_id", "Will Westin"),
        ("seed_max_id", "Max Jensen"),
        ("seed_chris_id", "Chris Olliver"),
        ("seed_jim_id", "Jim Brennan"),
        ("seed_sarah_id", "Sarah Smith"),
    ];

    /// <summary>A user's full name, or empty for an id Sugar would not know.</summary>
    public static string NameOf(string? id) => All.FirstOrDefault(u => u.Id == id).Name ?? "";
}
