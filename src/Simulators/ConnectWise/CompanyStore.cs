namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// The tenant's companies, generated the same way on every start so tests and paging are repeatable.
/// </summary>
internal sealed class CompanyStore
{
    /// <summary>Enough for several pages at the default page size of 25.</summary>
    public const int SeedCount = 120;

    private static readonly string[] Brands =
    [
        "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Wonka", "Tyrell",
        "Cyberdyne", "Soylent", "Massive", "Gringotts", "Oceanic", "Monarch", "Nakatomi", "Pied Piper", "Dunder", "Prestige",
    ];

    private static readonly string[] Trades =
        ["Industries", "Logistics", "Consulting", "Health", "Systems", "Foods", "Legal", "Dental", "Realty", "Energy"];

    private static readonly (string City, string State, string Zip)[] Places =
    [
        ("Tampa", "FL", "33602"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202"),
        ("Columbus", "OH", "43215"), ("Raleigh", "NC", "27601"), ("Portland", "OR", "97204"),
    ];

    // Ids as a stock ConnectWise install seeds them [M].
    private static readonly Reference Active = new(1, "Active");
    private static readonly Reference Client = new(1, "Client");
    private static readonly Reference Prospect = new(5, "Prospect");
    private static readonly Reference UnitedStates = new(1, "United States");

    private static readonly DateTime Epoch = new(2024, 1, 2, 8, 0, 0, DateTimeKind.Utc);

    private readonly IReadOnlyList<Company> _companies;

    public CompanyStore(int count) => _companies = [.. Enumerable.Range(1, count).Select(Generate)];

    public int Count => _companies.Count;

    /// <summary>Companies in id order, as ConnectWise lists them without an orderBy.</summary>
    public IEnumerable<Company> List() => _companies;

    public Company? Find(int id) => id >= 1 && id <= _companies.Count ? _companies[id - 1] : null;

    private static Company Generate(int id)
    {
        var n = id - 1;
        var round = n / (Brands.Length * Trades.Length);
        var name = $"{Brands[n % Brands.Length]} {Trades[n / Brands.Length % Trades.Length]}" + (round > 0 ? $" {round + 1}" : "");
        var identifier = new string([.. name.Where(char.IsLetterOrDigit)]);
        var place = Places[n % Places.Length];
        var entered = Epoch.AddHours(n * 7);
        var prospect = id % 4 == 0;
        return new Company(
            id, identifier[..Math.Min(identifier.Length, 25)], name, Active,
            $"{100 + id} Main Street", place.City, place.State, place.Zip, UnitedStates,
            $"555{id:D7}", $"www.{identifier.ToLowerInvariant()}.example.com",
            [prospect ? Prospect : Client], LeadFlag: prospect, DeletedFlag: false,
            new RecordInfo(entered.AddDays(id % 30).AddMinutes(id), "integrator", entered, "integrator"));
    }
}
