using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// The tenant's records, drawn from fixed seeds so that two starts hold the same data. Each resource is
/// drawn on first use only, and once per process for each set of seed options: tests start simulators
/// often, and collections never change a seeded entity in place, so every simulator can share them.
/// </summary>
internal sealed partial class ConnectWiseSeed
{
    private static readonly ConcurrentDictionary<(int Count, int Seed, DateTimeOffset End, ConnectWiseLinks Links), ConnectWiseSeed> Shared = new();

    private readonly int _count;
    private readonly int _seed;
    private readonly DateTimeOffset _end;
    private readonly ConnectWiseLinks _links;
    private readonly Lazy<IReadOnlyList<JsonObject>> _companies;
    private readonly Lazy<IReadOnlyList<JsonObject>> _contacts;
    private readonly Lazy<ILookup<int, JsonObject>> _contactsByCompany;
    private readonly Lazy<IReadOnlyList<JsonObject>> _opportunities;
    private readonly Lazy<IReadOnlyList<JsonObject>> _tickets;

    private ConnectWiseSeed(int count, int seed, DateTimeOffset end, ConnectWiseLinks links)
    {
        _count = count;
        _seed = seed;
        _end = end;
        _links = links;
        _companies = new(Companies);
        _contacts = new(Contacts);
        _contactsByCompany = new(() => _contacts.Value.ToLookup(c => (int)c["company"]!["id"]!));
        _opportunities = new(Opportunities);
        _tickets = new(Tickets);
    }

    /// <summary>The seed for the options' data settings, shared by every simulator in the process that uses the same ones.</summary>
    public static ConnectWiseSeed For(ConnectWiseSimulatorOptions options, ConnectWiseLinks links) =>
        Shared.GetOrAdd((options.RecordsPerResource, options.Seed, options.SeedEnd, links), key => new ConnectWiseSeed(key.Count, key.Seed, key.End, key.Links));

    /// <summary>When the setup tables were entered: before any seeded record.</summary>
    public DateTimeOffset SetupEntered => _end.AddYears(-3);

    public IReadOnlyList<JsonObject> SeededCompanies => _companies.Value;

    public IReadOnlyList<JsonObject> SeededContacts => _contacts.Value;

    public IReadOnlyList<JsonObject> SeededOpportunities => _opportunities.Value;

    public IReadOnlyList<JsonObject> SeededTickets => _tickets.Value;

    private IReadOnlyList<JsonObject> Companies()
    {
        var random = Stream(1);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var identifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var records = new List<JsonObject>(_count);
        for (var id = 1; id <= _count; id++)
        {
            var name = SampleData.UniqueCompanyName(random, names);
            var place = random.Pick(SampleData.UsPlaces);
            var roll = random.Next(100);
            var status = ConnectWiseSetup.CompanyStatuses[roll < 90 ? 0 : roll < 98 ? 1 : 2];
            var type = ConnectWiseSetup.CompanyTypes[random.Next(100) switch { < 60 => 0, < 67 => 1, < 75 => 2, _ => 3 }];
            var (entered, updated) = Times(random);
            var enteredBy = random.Pick(ConnectWiseSetup.Members).Identifier;
            records.Add(new JsonObject
            {
                ["id"] = id,
                ["identifier"] = Identifier(name, identifiers),
                ["name"] = name,
                ["status"] = _links.Ref(status.Id, status.Name, "status", "company/companies/statuses"),
                ["addressLine1"] = SampleData.Street(random),
                ["addressLine2"] = random.Next(4) == 0 ? $"Suite {random.Next(100, 900)}" : null,
                ["city"] = place.City,
                ["state"] = place.State,
                ["zip"] = place.PostalCode,
                ["country"] = _links.Ref(1, "United States", "country", "company/countries"),
                ["phoneNumber"] = Digits(SampleData.Phone(random, place)),
                ["faxNumber"] = random.Next(3) == 0 ? Digits(SampleData.Phone(random, place)) : "",
                ["website"] = $"www.{SampleData.Domain(name)}",
                ["numberOfEmployees"] = random.Next(2, 1500),
                ["annualRevenue"] = random.Next(10, 5000) * 10_000,
                ["leadFlag"] = type.Name == "Prospect",
                ["unsubscribeFlag"] = false,
                ["deletedFlag"] = false,
                ["types"] = new JsonArray(_links.Ref(type.Id, type.Name, "type", "company/companies/types")),
                ["_info"] = _links.Info(entered, enteredBy, updated, random.Pick(ConnectWiseSetup.Members).Identifier,
                    $"company/companies/{id}", "contacts", "notes", "sites", "teams"),
            });
        }

        return records;
    }

    private IReadOnlyList<JsonObject> Contacts()
    {
        var random = Stream(2);
        var companies = _companies.Value;
        var records = new List<JsonObject>(_count);
        var itemId = 0;
        for (var id = 1; id <= _count; id++)
        {
            var company = random.Pick(companies);
            var first = random.Pick(SampleData.FirstNames);
            var last = random.Pick(SampleData.LastNames);
            var place = SampleData.UsPlaces.First(p => p.City == (string?)company["city"]);
            var domain = SampleData.Domain((string)company["name"]!);
            var email = SampleData.Email(first, last, domain);
            var direct = Digits(SampleData.Phone(random, place));
            var items = new JsonArray(
                CommunicationItem(++itemId, 1, "Email", email, "Email", domain),
                CommunicationItem(++itemId, 2, "Direct", direct, "Phone", null));
            if (random.Next(5) < 3)
            {
                items.Add(CommunicationItem(++itemId, 4, "Mobile", Digits(SampleData.Phone(random, place)), "Phone", null, isDefault: false));
            }

            var (entered, updated) = Times(random);
            records.Add(new JsonObject
            {
                ["id"] = id,
                ["firstName"] = first,
                ["lastName"] = last,
                ["company"] = _links.CompanyRef(company),
                ["addressLine1"] = (string?)company["addressLine1"],
                ["city"] = place.City,
                ["state"] = place.State,
                ["zip"] = place.PostalCode,
                ["country"] = _links.Ref(1, "United States", "country", "company/countries"),
                ["title"] = random.Pick(SampleData.JobTitles),
                ["inactiveFlag"] = random.Next(25) == 0,
                ["defaultPhoneType"] = "Direct",
                ["defaultPhoneNbr"] = direct,
                ["defaultBillingFlag"] = false,
                ["defaultFlag"] = false,
                ["communicationItems"] = items,
                ["types"] = new JsonArray(),
                ["_info"] = _links.Info(entered, random.Pick(ConnectWiseSetup.Members).Identifier, updated,
                    random.Pick(ConnectWiseSetup.Members).Identifier, $"company/contacts/{id}", "communications", "notes"),
            });
        }

        return records;
    }

    /// <summary>The entered and last-updated times of a record: entered in the two years before the seed's end.</summary>
    private (DateTimeOffset Entered, DateTimeOffset Updated) Times(Random random)
    {
        var entered = SampleData.Before(random, _end, 730);
        return (entered, entered.AddSeconds(random.NextInt64((long)(_end - entered).TotalSeconds + 1)));
    }

    // Each resource draws from its own stream, so changing one leaves the others as they were.
    private Random Stream(int resource) => new((_seed * 31) + resource);

    public static JsonObject CommunicationItem(int id, int typeId, string typeName, string value, string communicationType, string? domain, bool isDefault = true)
    {
        var item = new JsonObject
        {
            ["id"] = id,
            ["type"] = ConnectWiseSetup.Reference((typeId, typeName)),
            ["value"] = value,
            ["defaultFlag"] = isDefault,
            ["communicationType"] = communicationType,
        };
        if (domain is not null)
        {
            item["domain"] = "@" + domain;
        }

        return item;
    }

    /// <summary>ConnectWise stores phone numbers as digits only.</summary>
    public static string Digits(string phone) => new([.. phone.Where(char.IsAsciiDigit)]);

    /// <summary>A unique short identifier from the name, as staff type them (max 25 characters).</summary>
    private static string Identifier(string name, HashSet<string> taken)
    {
        var stem = new string([.. name.Where(char.IsAsciiLetterOrDigit)]);
        stem = stem[..Math.Min(stem.Length, 22)];
        var identifier = stem;
        for (var n = 2; !taken.Add(identifier); n++)
        {
            identifier = $"{stem}{n}";
        }

        return identifier;
    }
}
