using System.Collections.Concurrent;
using System.Globalization;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// The sandbox org's records, drawn from fixed seeds so every start holds the same data, and shared by every
/// simulator in the process (stores copy on write). Contacts and potentials point at seeded accounts by
/// ACCOUNTID and Account Name, as v1 lookups did.
/// </summary>
internal sealed class ZohoSeed
{
    private static readonly ConcurrentDictionary<(int Count, int Seed), ZohoSeed> Shared = new();

    private static readonly string[] Industries =
    [
        "ASP", "Data/Telecom OEM", "ERP", "Government/Military", "Large Enterprise", "Management ISV", "MSP (Management Service Provider)",
        "Network Equipment (Enterprise)", "Non-management ISV", "Optical Networking", "Service Provider", "Small/Medium Enterprise",
        "Storage Equipment", "Storage Service Provider", "Systems Integrator", "Wireless Industry",
    ];

    private static readonly string[] AccountTypes = ["Analyst", "Competitor", "Customer", "Distributor", "Integrator", "Investor", "Partner", "Press", "Prospect", "Reseller", "Other"];

    private static readonly string[] LeadSources = ["Advertisement", "Cold Call", "Employee Referral", "External Referral", "Online Store", "Partner", "Public Relations", "Sales Mail Alias", "Seminar Partner", "Trade Show", "Web Download", "Web Research", "Chat"];

    private static readonly string[] LeadStatuses = ["Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead", "Not Contacted", "Pre Qualified", "Not Qualified"];

    private static readonly (string Stage, int Probability)[] Stages =
    [
        ("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 40), ("Id. Decision Makers", 60), ("Perception Analysis", 70),
        ("Proposal/Price Quote", 75), ("Negotiation/Review", 90), ("Closed Won", 100), ("Closed Lost", 0), ("Closed Lost to Competition", 0),
    ];

    private static readonly string[] Departments = ["Sales", "Marketing", "Finance", "Operations", "IT", "Purchasing", "Support", ""];

    private readonly int _count;
    private readonly int _seed;
    private readonly Dictionary<string, Lazy<IReadOnlyList<ZohoRecord>>> _modules;

    private ZohoSeed(int count, int seed)
    {
        _count = count;
        _seed = seed;
        _modules = new(StringComparer.Ordinal)
        {
            ["Accounts"] = new(Accounts),
            ["Contacts"] = new(Contacts),
            ["Leads"] = new(Leads),
            ["Potentials"] = new(Potentials),
        };
    }

    public static ZohoSeed For(ZohoSimulatorOptions options) =>
        Shared.GetOrAdd((options.RecordsPerModule, options.Seed), key => new ZohoSeed(key.Count, key.Seed));

    public IReadOnlyList<ZohoRecord> For(ZohoModule module) => _modules[module.Name].Value;

    /// <summary>
    /// Ids in Zoho's shape: long digit strings, per module a prefix of its own, handed out in creation order.
    /// </summary>
    public static string Id(ZohoModule module, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{ModulePrefix(module)}{sequence:D7}");

    private static long ModulePrefix(ZohoModule module) => module.Name switch
    {
        "Accounts" => 2000000100,
        "Contacts" => 2000000200,
        "Leads" => 2000000300,
        _ => 2000000400,
    };

    private Random Stream(ZohoModule module) => new(_seed * 31 + module.Name.Length * 7 + module.Name[0]);

    private IReadOnlyList<ZohoRecord> Accounts()
    {
        var module = ZohoModule.Accounts;
        var random = Stream(module);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ZohoRecord>(_count);
        for (var i = 0; i < _count; i++)
        {
            var name = SampleData.UniqueCompanyName(random, names);
            var domain = SampleData.Domain(name);
            var place = random.Pick(SampleData.UsPlaces);
            records.Add(Record(module, i, random,
            [
                new("Account Name", name),
                new("Phone", SampleData.Phone(random, place)),
                new("Fax", random.Next(3) == 0 ? SampleData.Phone(random, place) : ""),
                new("Website", $"www.{domain}"),
                new("Industry", random.Pick(Industries)),
                new("Account Type", random.Pick(AccountTypes)),
                new("Employees", random.Next(3, 2500).ToString(CultureInfo.InvariantCulture)),
                new("Annual Revenue", (random.Next(5, 5000) * 10_000).ToString(CultureInfo.InvariantCulture)),
                new("Billing Street", SampleData.Street(random)),
                new("Billing City", place.City),
                new("Billing State", place.State),
                new("Billing Code", place.PostalCode),
                new("Billing Country", "United States"),
                new("Description", random.Next(4) == 0 ? $"Account since {2010 + random.Next(15)}." : ""),
            ]));
        }

        return records;
    }

    private IReadOnlyList<ZohoRecord> Contacts()
    {
        var module = ZohoModule.Contacts;
        var random = Stream(module);
        var accounts = For(ZohoModule.Accounts);
        var records = new List<ZohoRecord>(_count);
        for (var i = 0; i < _count; i++)
        {
            var (first, last) = SampleData.PersonName(i);
            var account = random.Pick(accounts);
            var place = random.Pick(SampleData.UsPlaces);
            records.Add(Record(module, i, random,
            [
                new("First Name", first),
                new("Last Name", last),
                new("ACCOUNTID", account[ZohoModule.Accounts.IdLabel]),
                new("Account Name", account["Account Name"]),
                new("Email", SampleData.Email(first, last, SampleData.Domain(account["Account Name"]))),
                new("Phone", SampleData.Phone(random, place)),
                new("Mobile", random.Next(2) == 0 ? SampleData.Phone(random, place) : ""),
                new("Title", random.Pick(SampleData.JobTitles)),
                new("Department", random.Pick(Departments)),
                new("Lead Source", random.Pick(LeadSources)),
                new("Mailing Street", SampleData.Street(random)),
                new("Mailing City", place.City),
                new("Mailing State", place.State),
                new("Mailing Zip", place.PostalCode),
                new("Mailing Country", "United States"),
            ]));
        }

        return records;
    }

    private IReadOnlyList<ZohoRecord> Leads()
    {
        var module = ZohoModule.Leads;
        var random = Stream(module);
        var companies = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ZohoRecord>(_count);
        for (var i = 0; i < _count; i++)
        {
            // Offset so leads are not the contacts' names in the same order.
            var (first, last) = SampleData.PersonName(i * 7 + 3);
            var company = SampleData.UniqueCompanyName(random, companies);
            var place = random.Pick(SampleData.UsPlaces);
            records.Add(Record(module, i, random,
            [
                new("Company", company),
                new("First Name", first),
                new("Last Name", last),
                new("Email", SampleData.Email(first, last, SampleData.Domain(company))),
                new("Phone", SampleData.Phone(random, place)),
                new("Mobile", random.Next(2) == 0 ? SampleData.Phone(random, place) : ""),
                new("Designation", random.Pick(SampleData.JobTitles)),
                new("Lead Source", random.Pick(LeadSources)),
                new("Lead Status", random.Pick(LeadStatuses)),
                new("Industry", random.Pick(Industries)),
                new("Annual Revenue", (random.Next(1, 2000) * 5_000).ToString(CultureInfo.InvariantCulture)),
                new("No of Employees", random.Next(1, 1000).ToString(CultureInfo.InvariantCulture)),
                new("City", place.City),
                new("State", place.State),
                new("Zip Code", place.PostalCode),
                new("Country", "United States"),
            ]));
        }

        return records;
    }

    private IReadOnlyList<ZohoRecord> Potentials()
    {
        string[] products = ["Licenses", "Seats", "Support Plan", "Units", "Subscriptions", "Implementation"];
        string[] types = ["New Business", "Existing Business", ""];
        var module = ZohoModule.Potentials;
        var random = Stream(module);
        var accounts = For(ZohoModule.Accounts);
        var records = new List<ZohoRecord>(_count);
        for (var i = 0; i < _count; i++)
        {
            var account = random.Pick(accounts);
            var (stage, probability) = random.Pick(Stages);
            var closing = SampleData.WindowStart.AddDays(random.Next(0, 900));
            records.Add(Record(module, i, random,
            [
                new("Potential Name", $"{account["Account Name"]} - {random.Next(1, 100) * 10} {random.Pick(products)}"),
                new("ACCOUNTID", account[ZohoModule.Accounts.IdLabel]),
                new("Account Name", account["Account Name"]),
                new("Amount", (random.Next(10, 2500) * 100).ToString(CultureInfo.InvariantCulture)),
                new("Stage", stage),
                new("Probability", probability.ToString(CultureInfo.InvariantCulture)),
                new("Closing Date", closing.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("Type", random.Pick(types)),
                new("Lead Source", random.Pick(LeadSources)),
                new("Next Step", random.Next(3) == 0 ? "Follow up call" : ""),
            ]));
        }

        return records;
    }

    /// <summary>Id and owner first, the module's fields, then the system fields, as v1 listed them.</summary>
    private ZohoRecord Record(ZohoModule module, int index, Random random, KeyValuePair<string, string>[] fields)
    {
        var (created, updated) = SampleData.Timestamps(index, _count, random);
        return New(module, Id(module, index + 1), fields, ZohoRecord.Time(created), ZohoRecord.Time(updated));
    }

    public static ZohoRecord New(ZohoModule module, string id, IEnumerable<KeyValuePair<string, string>> fields, string created, string modified)
    {
        var owner = ZohoUserDirectory.SandboxUserId;
        List<KeyValuePair<string, string>> all =
        [
            new(module.IdLabel, id),
            new("SMOWNERID", owner),
            new(module.OwnerLabel, ZohoUserDirectory.SandboxUserName),
        ];
        all.AddRange(fields);
        all.AddRange(
        [
            new("SMCREATORID", owner),
            new("Created By", ZohoUserDirectory.SandboxUserName),
            new("MODIFIEDBY", owner),
            new("Modified By", ZohoUserDirectory.SandboxUserName),
            new("Created Time", created),
            new("Modified Time", modified),
        ]);
        return new ZohoRecord(all);
    }
}
