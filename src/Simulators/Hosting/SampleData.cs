using System.Globalization;

namespace OpenElements.Simulators.Hosting;

/// <summary>A city with what a CRM keeps next to it; the area code keeps phone numbers plausible for the place.</summary>
public sealed record Place(string City, string State, string PostalCode, string Country, string AreaCode);

/// <summary>
/// Word lists and generators for the simulators' seeded records. Random draws take the caller's
/// <see cref="Random"/> built with a fixed seed, and the index-based generators take a record's index,
/// so two starts make the same tenant.
/// </summary>
public static class SampleData
{
    /// <summary>
    /// The end of the seed window of <see cref="Timestamps"/>: those records were created and last updated in
    /// the two years before it.
    /// </summary>
    // REVIEW: a fixed instant rather than "now", so records (and tests asserting on them) are the same
    // every day; records written through the API use the simulator's clock instead.
    public static readonly DateTimeOffset WindowEnd = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset WindowStart = WindowEnd.AddYears(-2);

    public static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
        "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
        "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah",
        "Ronald", "Stephanie", "Edward", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia",
        "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Anna",
        "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Emma", "Scott", "Nicole", "Brandon", "Helen",
        "Benjamin", "Samantha", "Samuel", "Katherine", "Gregory", "Christine", "Alexander", "Debra", "Frank", "Rachel",
        "Raymond", "Carolyn", "Patrick", "Janet", "Jack", "Maria", "Dennis", "Olivia", "Jerry", "Heather",
        "Tyler", "Diane", "Aaron", "Julie", "Jose", "Joyce", "Adam", "Victoria", "Nathan", "Ruth",
        "Priya", "Wei", "Carlos", "Fatima", "Hiroshi", "Ingrid", "Mateo", "Aisha", "Lars", "Sofia",
        "Lukas", "Chloe", "Omar", "Elena",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
        "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
        "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
        "O'Brien", "Schmidt", "Novak", "Larsen", "Tanaka", "Chen", "Kowalski", "Murray", "Fischer", "Dubois",
        "Rossi", "Okafor", "Silva",
    ];

    private static readonly string[] CompanyStems =
    [
        "Pinnacle", "Summit", "Harbor", "Juniper", "Cobalt", "Meridian", "Northwind", "Bluebird", "Granite", "Lumen",
        "Redwood", "Atlas", "Beacon", "Cascade", "Evergreen", "Falcon", "Horizon", "Ironwood", "Keystone", "Lakeside",
        "Maple", "Nimbus", "Orchid", "Prairie", "Quarry", "Riverbend", "Sterling", "Tidewater", "Vantage", "Willow",
        "Apex", "Brightline", "Crescent", "Driftwood", "Ember", "Foxglove", "Golden Gate", "Highland", "Indigo", "Jetstream",
        "Acme", "Bluewater", "Silverline", "Trident", "Cardinal", "Orchard", "Quantum", "Vertex", "Bridgeway", "Elm Street",
        "Foxhollow", "Goldcrest", "Ivy Lane",
    ];

    private static readonly string[] CompanyTrades =
    [
        "Logistics", "Health", "Software", "Foods", "Energy", "Manufacturing", "Analytics", "Capital", "Design", "Retail",
        "Robotics", "Media", "Biotech", "Construction", "Telecom", "Consulting", "Outdoor", "Pharma", "Aerospace", "Textiles",
        "Industries", "Systems", "Legal", "Dental", "Realty", "Insurance", "Networks", "Supply", "Engineering", "Hospitality",
        "Freight", "Labs", "Accounting", "Electric", "Plumbing", "Security",
    ];

    private static readonly string[] CompanySuffixes = ["Inc", "LLC", "Ltd", "Group", "Corp", "Partners", "Co", "Holdings"];

    public static readonly string[] JobTitles =
    [
        "CEO", "CFO", "CTO", "COO", "VP Sales", "VP Marketing",
        "VP Operations", "Director of IT", "IT Manager", "Office Manager", "Sales Manager", "Account Manager",
        "Controller", "Purchasing Manager", "Operations Manager", "Marketing Coordinator", "Systems Administrator", "Network Engineer",
        "HR Director", "Project Manager", "Practice Manager", "Owner", "President", "Facilities Manager",
        "Customer Success Manager", "Account Executive", "Procurement Lead", "Marketing Director", "Buyer",
    ];

    private static readonly string[] Streets =
    [
        "Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "Park Boulevard", "Washington Street",
        "Lake Road", "Hillcrest Drive", "Sunset Boulevard", "Commerce Way", "Industrial Parkway", "Market Street",
        "Elm Street", "Pine Street", "River Road", "Broadway", "Highland Avenue", "Church Street",
        "Center Street", "Madison Avenue", "Harbor Drive", "Mission Street",
    ];

    /// <summary>Cities with a state or province, a postal code of theirs and an area code of theirs; two are Canadian.</summary>
    public static readonly Place[] Places =
    [
        new("New York", "NY", "10001", "US", "212"), new("Los Angeles", "CA", "90012", "US", "213"), new("Chicago", "IL", "60601", "US", "312"),
        new("Houston", "TX", "77002", "US", "713"), new("Phoenix", "AZ", "85004", "US", "602"), new("Philadelphia", "PA", "19103", "US", "215"),
        new("San Antonio", "TX", "78205", "US", "210"), new("San Diego", "CA", "92101", "US", "619"), new("Dallas", "TX", "75201", "US", "214"),
        new("Austin", "TX", "78701", "US", "512"), new("Jacksonville", "FL", "32202", "US", "904"), new("Columbus", "OH", "43215", "US", "614"),
        new("Charlotte", "NC", "28202", "US", "704"), new("Indianapolis", "IN", "46204", "US", "317"), new("Seattle", "WA", "98101", "US", "206"),
        new("Denver", "CO", "80202", "US", "303"), new("Boston", "MA", "02108", "US", "617"), new("Nashville", "TN", "37203", "US", "615"),
        new("Portland", "OR", "97204", "US", "503"), new("Atlanta", "GA", "30303", "US", "404"), new("Miami", "FL", "33130", "US", "305"),
        new("Minneapolis", "MN", "55401", "US", "612"), new("Tampa", "FL", "33602", "US", "813"), new("Raleigh", "NC", "27601", "US", "919"),
        new("Salt Lake City", "UT", "84101", "US", "801"), new("Kansas City", "MO", "64105", "US", "816"), new("Pittsburgh", "PA", "15222", "US", "412"),
        new("Cincinnati", "OH", "45202", "US", "513"), new("Milwaukee", "WI", "53202", "US", "414"), new("Sacramento", "CA", "95814", "US", "916"),
        new("Redwood City", "CA", "94065", "US", "650"), new("San Francisco", "CA", "94105", "US", "415"),
        new("Toronto", "ON", "M5H 2N2", "CA", "416"), new("Vancouver", "BC", "V6B 1A1", "CA", "604"),
    ];

    /// <summary>The <see cref="Places"/> in the United States, for simulators whose seeds are US-only.</summary>
    public static readonly Place[] UsPlaces = [.. Places.Where(p => p.Country == "US")];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>
    /// A person's name, distinct for every index below <c>FirstNames × LastNames</c>: the last name shifts by
    /// the first name's position, so each first name meets each last name exactly once. Larger indexes wrap.
    /// </summary>
    public static (string First, string Last) PersonName(int index)
    {
        var first = index % FirstNames.Length;
        var round = index / FirstNames.Length;
        return (FirstNames[first], LastNames[(round + 7 * first) % LastNames.Length]);
    }

    /// <summary>
    /// A company name such as "Pinnacle Logistics Inc", unique for every index below stems × trades × suffixes
    /// (larger indexes wrap): stem, trade and suffix each advance at their own rate, so neighbouring records do
    /// not look alike.
    /// </summary>
    public static string CompanyName(int index) =>
        $"{CompanyStems[index % CompanyStems.Length]} {CompanyTrades[index / CompanyStems.Length % CompanyTrades.Length]} "
        + CompanySuffixes[index / (CompanyStems.Length * CompanyTrades.Length) % CompanySuffixes.Length];

    /// <summary>A drawn company name such as "Harbor Logistics LLC" or "Nguyen &amp; Patel Legal"; callers keep them unique.</summary>
    public static string CompanyName(Random random) => random.Next(4) switch
    {
        0 => $"{random.Pick(LastNames)} & {random.Pick(LastNames)} {random.Pick(CompanyTrades)}",
        1 => $"{random.Pick(LastNames)} {random.Pick(CompanyTrades)} {random.Pick(CompanySuffixes)}",
        2 => $"{random.Pick(Places).City} {random.Pick(CompanyTrades)}",
        _ => $"{random.Pick(CompanyStems)} {random.Pick(CompanyTrades)} {random.Pick(CompanySuffixes)}",
    };

    /// <summary>Draws names until one is new to <paramref name="taken"/>, then numbers it if the lists run dry.</summary>
    public static string UniqueCompanyName(Random random, HashSet<string> taken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var name = CompanyName(random);
            if (taken.Add(name))
            {
                return name;
            }
        }

        var numbered = $"{CompanyName(random)} {taken.Count + 1}";
        taken.Add(numbered);
        return numbered;
    }

    public static string Street(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 9900)} {random.Pick(Streets)}");

    /// <summary>
    /// The domain a company's web site and e-mail addresses share, from its first two words that are not a
    /// suffix, e.g. <c>harborlogistics.example</c>: the reserved <c>.example</c> TLD, so no mail ever leaves.
    /// </summary>
    public static string Domain(string companyName)
    {
        var words = companyName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "&" && !CompanySuffixes.Contains(w))
            .Take(2);
        return new string([.. string.Concat(words).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]) + ".example";
    }

    /// <summary>first.last@domain, lower case and without apostrophes.</summary>
    public static string Email(string first, string last, string domain) =>
        $"{Local(first)}.{Local(last)}@{domain}";

    /// <summary>A 555-01xx number (the range reserved for fiction) in the place's area code.</summary>
    public static string Phone(Random random, Place place) =>
        string.Create(CultureInfo.InvariantCulture, $"({place.AreaCode}) 555-{random.Next(100, 200):0000}");

    /// <summary>
    /// A GUID-shaped id drawn from <paramref name="random"/>, in the lower-case 8-4-4-4-12 form Sugar's
    /// create_guid writes; unlike <see cref="Guid.NewGuid"/> it is the same on every start.
    /// </summary>
    public static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>An instant in the <paramref name="days"/> before <paramref name="end"/>, whole seconds.</summary>
    public static DateTimeOffset Before(Random random, DateTimeOffset end, int days) =>
        end.AddSeconds(-random.NextInt64((long)days * 86_400));

    /// <summary>
    /// Creation and last-update instants for record <paramref name="index"/> of <paramref name="count"/> in the
    /// seed window, on whole seconds: creation grows with the index (ids are handed out in time order), the
    /// update falls anywhere between creation and <see cref="WindowEnd"/>.
    /// </summary>
    public static (DateTimeOffset Created, DateTimeOffset Updated) Timestamps(int index, int count, Random random)
    {
        var slot = (long)(WindowEnd - WindowStart).TotalSeconds / count;
        var created = WindowStart.AddSeconds(slot * index + random.NextInt64(slot));
        var updated = created.AddSeconds(random.NextInt64((long)(WindowEnd - created).TotalSeconds + 1));
        return (created, updated);
    }

    private static string Local(string name) => new([.. name.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
