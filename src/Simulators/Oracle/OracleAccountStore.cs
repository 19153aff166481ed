namespace OpenElements.Simulators.Oracle;

/// <summary>The pod's accounts in PartyId order, the order Fusion lists them in without orderBy.</summary>
public sealed class OracleAccountStore(IEnumerable<OracleAccount> accounts)
{
    private readonly List<OracleAccount> _accounts = [.. accounts.OrderBy(a => a.PartyId)];
    private readonly Lock _gate = new();

    /// <summary>How many accounts the seed holds: enough for three default pages (25, 25, 10).</summary>
    public const int SeedCount = 60;

    /// <summary>A page and the total at the same instant, so hasMore agrees with the items.</summary>
    public (IReadOnlyList<OracleAccount> Items, int Total) Page(int offset, int limit)
    {
        lock (_gate)
        {
            return ([.. _accounts.Skip(offset).Take(limit)], _accounts.Count);
        }
    }

    public OracleAccount? Find(string partyNumber)
    {
        lock (_gate)
        {
            return _accounts.Find(a => a.PartyNumber == partyNumber);
        }
    }

    /// <summary>The same accounts on every start, so tests and sandbox users can rely on names and numbers.</summary>
    public static OracleAccountStore Seeded()
    {
        string[] names = ["Pinnacle", "Summit", "Harbor", "Juniper", "Cobalt", "Meridian", "Northwind", "Bluebird", "Granite", "Lumen"];
        string[] suffixes = ["Inc", "Ltd", "Group", "Partners", "Systems", "Labs"];
        (string City, string State)[] places = [("Redwood City", "CA"), ("Austin", "TX"), ("Boston", "MA"), ("Denver", "CO"), ("Seattle", "WA")];
        var epoch = new DateTimeOffset(2019, 8, 1, 9, 0, 0, TimeSpan.Zero);
        return new OracleAccountStore(Enumerable.Range(0, SeedCount).Select(i =>
        {
            var name = $"{names[i % names.Length]} {suffixes[i / names.Length % suffixes.Length]}";
            var domain = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".example";
            var created = epoch.AddHours(7 * i);
            var (city, state) = places[i % places.Length];
            return new OracleAccount(
                PartyId: 300000001000001 + i,
                PartyNumber: $"CDRM_{1001 + i}",
                OrganizationName: name,
                Type: "ZCA_CUSTOMER",
                OwnerName: "Sandbox Sales Admin",
                EmailAddress: "info@" + domain,
                FormattedPhoneNumber: $"+1 650-555-{i:0000}",
                Url: "https://www." + domain,
                City: city,
                State: state,
                Country: "US",
                CreatedBy: "SANDBOX.SALES.ADMIN",
                CreationDate: created,
                LastUpdatedBy: "SANDBOX.SALES.ADMIN",
                LastUpdateDate: created.AddDays(i % 9).AddMinutes(13 * i));
        }));
    }
}
