namespace OpenElements.Simulators.Hosting;

/// <summary>
/// Word lists and draws for the simulators' seeded records. Everything is drawn from a caller's
/// <see cref="Random"/> built with a fixed seed, so two starts make the same tenant.
/// </summary>
public static class SampleData
{
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
    ];

    private static readonly string[] CompanyStems =
    [
        "Acme", "Apex", "Summit", "Pinnacle", "Harbor", "Northwind", "Bluewater", "Redwood", "Granite", "Silverline",
        "Ironwood", "Evergreen", "Keystone", "Lakeside", "Meridian", "Horizon", "Cobalt", "Sterling", "Crescent", "Riverbend",
        "Trident", "Beacon", "Cardinal", "Falcon", "Juniper", "Orchard", "Prairie", "Quantum", "Vertex", "Willow",
        "Atlas", "Bridgeway", "Cascade", "Driftwood", "Elm Street", "Foxhollow", "Goldcrest", "Highland", "Ivy Lane", "Jetstream",
    ];

    private static readonly string[] CompanyTrades =
    [
        "Industries", "Logistics", "Consulting", "Health", "Systems", "Foods", "Legal", "Dental", "Realty", "Energy",
        "Manufacturing", "Software", "Analytics", "Construction", "Insurance", "Capital", "Media", "Networks", "Pharma", "Supply",
        "Engineering", "Hospitality", "Retail", "Freight", "Labs", "Design", "Accounting", "Electric", "Plumbing", "Security",
    ];

    private static readonly string[] CompanySuffixes = ["Inc", "LLC", "Group", "Co", "Partners", "Corp", "Ltd", "Holdings"];

    private static readonly string[] Streets =
    [
        "Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "Park Boulevard", "Washington Street", "Lake Road",
        "Hillcrest Drive", "Sunset Boulevard", "Commerce Way", "Industrial Parkway", "Market Street", "Elm Street",
        "Pine Street", "River Road", "Broadway", "Highland Avenue", "Church Street", "Center Street", "Madison Avenue",
    ];

    /// <summary>US cities with a state, a zip code of theirs and an area code of theirs.</summary>
    public static readonly Place[] Places =
    [
        new("New York", "NY", "10001", "212"), new("Los Angeles", "CA", "90012", "213"), new("Chicago", "IL", "60601", "312"),
        new("Houston", "TX", "77002", "713"), new("Phoenix", "AZ", "85004", "602"), new("Philadelphia", "PA", "19103", "215"),
        new("San Antonio", "TX", "78205", "210"), new("San Diego", "CA", "92101", "619"), new("Dallas", "TX", "75201", "214"),
        new("Austin", "TX", "78701", "512"), new("Jacksonville", "FL", "32202", "904"), new("Columbus", "OH", "43215", "614"),
        new("Charlotte", "NC", "28202", "704"), new("Indianapolis", "IN", "46204", "317"), new("Seattle", "WA", "98101", "206"),
        new("Denver", "CO", "80202", "303"), new("Boston", "MA", "02108", "617"), new("Nashville", "TN", "37203", "615"),
        new("Portland", "OR", "97204", "503"), new("Atlanta", "GA", "30303", "404"), new("Miami", "FL", "33130", "305"),
        new("Minneapolis", "MN", "55401", "612"), new("Tampa", "FL", "33602", "813"), new("Raleigh", "NC", "27601", "919"),
        new("Salt Lake City", "UT", "84101", "801"), new("Kansas City", "MO", "64105", "816"), new("Pittsburgh", "PA", "15222", "412"),
        new("Cincinnati", "OH", "45202", "513"), new("Milwaukee", "WI", "53202", "414"), new("Sacramento", "CA", "95814", "916"),
    ];

    public static readonly string[] JobTitles =
    [
        "CEO", "CFO", "CTO", "COO", "VP Sales", "VP Marketing", "VP Operations", "Director of IT", "IT Manager",
        "Office Manager", "Sales Manager", "Account Manager", "Controller", "Purchasing Manager", "Operations Manager",
        "Marketing Coordinator", "Systems Administrator", "Network Engineer", "HR Director", "Project Manager",
        "Practice Manager", "Owner", "President", "Facilities Manager", "Customer Success Manager",
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A company name such as "Harbor Logistics LLC" or "Nguyen &amp; Patel Legal"; callers keep them unique.</summary>
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

    public static string Street(Random random) => $"{random.Next(1, 9900)} {random.Pick(Streets)}";

    /// <summary>The domain a company's web site and e-mail addresses share, e.g. <c>harborlogistics.com</c>.</summary>
    public static string Domain(string companyName)
    {
        var words = companyName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("&" or "Inc" or "LLC" or "Co" or "Corp" or "Ltd"))
            .Take(2);
        return new string([.. string.Concat(words).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]) + ".com";
    }

    /// <summary>first.last@domain, lower case and without apostrophes.</summary>
    public static string Email(string first, string last, string domain) =>
        $"{Local(first)}.{Local(last)}@{domain}";

    /// <summary>A 555 number in the place's area code: 555 keeps the numbers clearly fictional.</summary>
    public static string Phone(Random random, Place place) => $"({place.AreaCode}) 555-{random.Next(10_000):D4}";

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

    private static string Local(string name) => new([.. name.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}

/// <summary>A city with a zip code and an area code that belong to it.</summary>
public sealed record Place(string City, string State, string Zip, string AreaCode);
