using System.Globalization;

namespace OpenElements.Simulators.Hosting;

/// <summary>A city with what a CRM keeps next to it; the area code keeps phone numbers plausible for the place.</summary>
public sealed record SeedCity(string City, string State, string PostalCode, string Country, string AreaCode);

/// <summary>
/// Plain-looking people, companies and places for the simulators' seed data. Every generator takes a
/// <see cref="Random"/> built from a fixed seed, so each start produces the same records.
/// </summary>
public static class SeedData
{
    /// <summary>
    /// The end of the seed window: seeded records were created and last updated in the two years before it.
    /// </summary>
    // REVIEW: a fixed instant rather than "now", so records (and tests asserting on them) are the same
    // every day; records written through the API use the simulator's clock instead.
    public static readonly DateTimeOffset WindowEnd = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset WindowStart = WindowEnd.AddYears(-2);

    public static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Steven", "Emily",
        "Andrew", "Michelle", "Joshua", "Amanda", "Kevin", "Melissa", "Brian", "Stephanie", "Priya", "Wei",
        "Carlos", "Sofia", "Hiroshi", "Aisha", "Lukas", "Ingrid", "Mateo", "Chloe", "Omar", "Elena",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Nguyen", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
        "Patel", "Chen", "Kim", "Schmidt", "Rossi", "Novak", "Okafor", "Silva", "Tanaka", "Larsen",
    ];

    private static readonly string[] CompanyStems =
    [
        "Pinnacle", "Summit", "Harbor", "Juniper", "Cobalt", "Meridian", "Northwind", "Bluebird", "Granite", "Lumen",
        "Redwood", "Atlas", "Beacon", "Cascade", "Evergreen", "Falcon", "Horizon", "Ironwood", "Keystone", "Lakeside",
        "Maple", "Nimbus", "Orchid", "Prairie", "Quarry", "Riverbend", "Sterling", "Tidewater", "Vantage", "Willow",
        "Apex", "Brightline", "Crescent", "Driftwood", "Ember", "Foxglove", "Golden Gate", "Highland", "Indigo", "Jetstream",
    ];

    private static readonly string[] CompanyTrades =
    [
        "Logistics", "Health", "Software", "Foods", "Energy", "Manufacturing", "Analytics", "Capital", "Design", "Retail",
        "Robotics", "Media", "Biotech", "Construction", "Telecom", "Consulting", "Outdoor", "Pharma", "Aerospace", "Textiles",
    ];

    private static readonly string[] CompanySuffixes = ["Inc", "LLC", "Ltd", "Group", "Corp", "Partners", "Co"];

    public static readonly string[] JobTitles =
    [
        "CEO", "CFO", "VP of Sales", "Sales Manager", "Account Executive", "Procurement Lead", "IT Director",
        "Operations Manager", "Marketing Director", "Office Manager", "Controller", "CTO", "Buyer", "Project Manager",
    ];

    public static readonly SeedCity[] Cities =
    [
        new("Redwood City", "CA", "94065", "US", "650"), new("San Francisco", "CA", "94105", "US", "415"),
        new("Austin", "TX", "78701", "US", "512"), new("Dallas", "TX", "75201", "US", "214"),
        new("Boston", "MA", "02110", "US", "617"), new("Denver", "CO", "80202", "US", "303"),
        new("Seattle", "WA", "98101", "US", "206"), new("Chicago", "IL", "60601", "US", "312"),
        new("New York", "NY", "10004", "US", "212"), new("Atlanta", "GA", "30303", "US", "404"),
        new("Miami", "FL", "33131", "US", "305"), new("Portland", "OR", "97204", "US", "503"),
        new("Phoenix", "AZ", "85004", "US", "602"), new("Minneapolis", "MN", "55401", "US", "612"),
        new("Raleigh", "NC", "27601", "US", "919"), new("Toronto", "ON", "M5H 2N2", "CA", "416"),
        new("Vancouver", "BC", "V6B 1A1", "CA", "604"),
    ];

    private static readonly string[] Streets = ["Main St", "Oak Ave", "Market St", "Park Blvd", "Pine St", "Cedar Ln", "Harbor Dr", "Elm St", "Lake Rd", "Mission St"];

    /// <summary>
    /// A person's name, distinct for every index below 2,500: the last name shifts by the first name's
    /// position, so each first name meets each last name exactly once.
    /// </summary>
    public static (string First, string Last) PersonName(int index)
    {
        var first = index % FirstNames.Length;
        var round = index / FirstNames.Length;
        return (FirstNames[first], LastNames[(round + 7 * first) % LastNames.Length]);
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>
    /// A company name unique for every index below 40 × 20 × 7 (5,600): stem, trade and suffix each
    /// advance at their own rate, so neighbouring records do not look alike.
    /// </summary>
    public static string CompanyName(int index) =>
        $"{CompanyStems[index % CompanyStems.Length]} {CompanyTrades[index / CompanyStems.Length % CompanyTrades.Length]} "
        + CompanySuffixes[index / (CompanyStems.Length * CompanyTrades.Length) % CompanySuffixes.Length];

    /// <summary><c>pinnaclelogistics.example</c>: the reserved <c>.example</c> TLD, so no mail ever leaves.</summary>
    public static string Domain(string company)
    {
        var words = company.Split(' ');
        var stem = string.Concat(words.Take(Math.Max(1, words.Length - 1))).Replace(".", "", StringComparison.Ordinal);
        return stem.ToLowerInvariant() + ".example";
    }

    public static string Email(string first, string last, string domain) =>
        $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@{domain}";

    /// <summary>A 555-01xx number (the range reserved for fiction) in the city's area code.</summary>
    public static string Phone(Random random, SeedCity city) =>
        string.Create(CultureInfo.InvariantCulture, $"+1 {city.AreaCode}-555-{random.Next(100, 200):0000}");

    public static string Street(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 9900)} {Pick(random, Streets)}");

    /// <summary>
    /// Creation and last-update instants for record <paramref name="index"/> of <paramref name="count"/>, on
    /// whole seconds: creation grows with the index (ids are handed out in time order), the update falls
    /// anywhere between creation and the end of the window.
    /// </summary>
    public static (DateTimeOffset Created, DateTimeOffset Updated) Timestamps(int index, int count, Random random)
    {
        var slot = (long)(WindowEnd - WindowStart).TotalSeconds / count;
        var created = WindowStart.AddSeconds(slot * index + random.NextInt64(slot));
        var updated = created.AddSeconds(random.NextInt64((long)(WindowEnd - created).TotalSeconds + 1));
        return (created, updated);
    }
}
