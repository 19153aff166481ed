using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// The sandbox instance's records, drawn from fixed seeds so two starts hold the same data. Each
/// module is drawn on first use only, and once per process for each set of seed options: tests start
/// simulators often, and stores never change a seeded record in place, so every simulator can share them.
/// </summary>
internal sealed partial class SugarSeed
{
    private static readonly ConcurrentDictionary<(int Count, int Seed, DateTimeOffset End), SugarSeed> Shared = new();

    private static readonly string[] AccountTypes =
        ["Customer", "Customer", "Customer", "Customer", "Prospect", "Prospect", "Partner", "Reseller", "Competitor", "Analyst", "Investor", "Other"];

    // Sugar's stock industry_dom.
    private static readonly string[] Industries =
    [
        "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications", "Construction", "Consulting", "Education",
        "Electronics", "Energy", "Engineering", "Entertainment", "Environmental", "Finance", "Government", "Healthcare",
        "Hospitality", "Insurance", "Machinery", "Manufacturing", "Media", "Not For Profit", "Recreation", "Retail",
        "Shipping", "Technology", "Telecommunications", "Transportation", "Utilities", "Other",
    ];

    private static readonly string[] LeadSources =
    [
        "Cold Call", "Existing Customer", "Self Generated", "Employee", "Partner", "Public Relations", "Direct Mail",
        "Conference", "Trade Show", "Web Site", "Word of mouth", "Email", "Campaign", "Other",
    ];

    private readonly int _count;
    private readonly int _seed;
    private readonly DateTimeOffset _end;
    private readonly Dictionary<SugarModule, Lazy<IReadOnlyList<JsonObject>>> _modules;

    private SugarSeed(int count, int seed, DateTimeOffset end)
    {
        _count = count;
        _seed = seed;
        _end = end;
        _modules = new()
        {
            [SugarModule.Accounts] = new(Accounts),
            [SugarModule.Contacts] = new(Contacts),
            [SugarModule.Leads] = new(Leads),
            [SugarModule.Opportunities] = new(Opportunities),
            [SugarModule.Cases] = new(Cases),
        };
    }

    /// <summary>The seed for the options' data settings, shared by every simulator in the process that uses the same ones.</summary>
    public static SugarSeed For(SugarCrmSimulatorOptions options) =>
        Shared.GetOrAdd((options.RecordsPerModule, options.Seed, options.SeedEnd), key => new SugarSeed(key.Count, key.Seed, key.End));

    /// <summary>The module's records as first seeded; callers must not change them (they are shared).</summary>
    public IReadOnlyList<JsonObject> For(SugarModule module) => _modules[module].Value;

    private IReadOnlyList<JsonObject> Accounts()
    {
        var random = Stream(SugarModule.Accounts);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<JsonObject>(_count);
        for (var i = 0; i < _count; i++)
        {
            var name = SampleData.UniqueCompanyName(random, names);
            var domain = SampleData.Domain(name);
            var place = random.Pick(SampleData.UsPlaces);
            var street = SampleData.Street(random);
            var record = Head(random, name);
            record["account_type"] = random.Pick(AccountTypes);
            record["industry"] = random.Pick(Industries);
            record["annual_revenue"] = (random.Next(5, 5000) * 10_000).ToString(CultureInfo.InvariantCulture);
            record["employees"] = random.Next(3, 2500).ToString(CultureInfo.InvariantCulture);
            record["phone_office"] = SampleData.Phone(random, place);
            record["phone_fax"] = SampleData.Phone(random, place);
            record["website"] = $"www.{domain}";
            SetEmail(record, $"info@{domain}");
            foreach (var kind in (string[])["billing", "shipping"])
            {
                record[$"{kind}_address_street"] = street;
                record[$"{kind}_address_city"] = place.City;
                record[$"{kind}_address_state"] = place.State;
                record[$"{kind}_address_postalcode"] = place.PostalCode;
                record[$"{kind}_address_country"] = "USA";
            }

            records.Add(Tail(record, SugarModule.Accounts));
        }

        return records;
    }

    private IReadOnlyList<JsonObject> Opportunities()
    {
        (string Stage, int Probability)[] stages =
        [
            ("Prospecting", 10), ("Qualification", 20), ("Needs Analysis", 25), ("Value Proposition", 30),
            ("Id. Decision Makers", 40), ("Perception Analysis", 50), ("Proposal/Price Quote", 65),
            ("Negotiation/Review", 80), ("Closed Won", 100), ("Closed Lost", 0),
        ];
        string[] products = ["Units", "Licenses", "Seats", "Support Hours", "Widgets", "Subscriptions"];
        var random = Stream(SugarModule.Opportunities);
        var accounts = For(SugarModule.Accounts);
        var records = new List<JsonObject>(_count);
        for (var i = 0; i < _count; i++)
        {
            var account = random.Pick(accounts);
            var accountName = (string)account["name"]!;
            var (stage, probability) = random.Pick(stages);
            var amount = random.Next(10, 2500) * 100m;
            var record = Head(random, $"{accountName} - {random.Next(1, 100) * 10} {random.Pick(products)}");
            var entered = DateTimeOffset.Parse((string)record["date_entered"]!, CultureInfo.InvariantCulture);
            record["amount"] = Currency(amount);
            record["amount_usdollar"] = Currency(amount);
            // -99 is Sugar's id for the system (US dollar) currency.
            record["currency_id"] = "-99";
            record["sales_stage"] = stage;
            record["probability"] = probability;
            record["date_closed"] = SugarDate.FormatDate(entered.AddDays(random.Next(14, 180)));
            record["opportunity_type"] = random.Next(3) == 0 ? "Existing Business" : "New Business";
            record["lead_source"] = random.Pick(LeadSources);
            record["next_step"] = random.Pick((string[])["Send proposal", "Schedule demo", "Follow-up call", "Contract review", ""]);
            record["account_id"] = (string)account["id"]!;
            record["account_name"] = accountName;
            records.Add(Tail(record, SugarModule.Opportunities));
        }

        return records;
    }

    private IReadOnlyList<JsonObject> Cases()
    {
        string[] subjects =
        [
            "Unable to log in to the portal", "Invoice shows the wrong amount", "Export to CSV times out",
            "Password reset e-mail never arrives", "Dashboard loads slowly", "Request for additional licenses",
            "Integration stopped syncing", "Report totals do not match", "Cannot upload attachments",
            "Error 500 when saving a record", "Need training for new staff", "Mobile app crashes on start",
        ];
        var random = Stream(SugarModule.Cases);
        var accounts = For(SugarModule.Accounts);
        var records = new List<JsonObject>(_count);
        for (var i = 0; i < _count; i++)
        {
            var account = random.Pick(accounts);
            var status = random.Pick((string[])["New", "Assigned", "Assigned", "Pending Input", "Closed", "Closed", "Closed", "Rejected", "Duplicate"]);
            var closed = status is "Closed" or "Rejected" or "Duplicate";
            var record = Head(random, random.Pick(subjects));
            record["case_number"] = 0;
            record["type"] = random.Pick((string[])["Administration", "Product", "User"]);
            record["status"] = status;
            record["priority"] = random.Pick((string[])["P1", "P2", "P2", "P3", "P3", "P3"]);
            record["state"] = closed ? "Closed" : "Open";
            record["description"] = $"Reported by {random.Pick(SampleData.FirstNames)} at {(string)account["name"]!}.";
            record["resolution"] = closed ? "Resolved with the customer; see the notes." : "";
            record["account_id"] = (string)account["id"]!;
            record["account_name"] = (string)account["name"]!;
            records.Add(Tail(record, SugarModule.Cases));
        }

        // Case numbers are an auto-increment, so they follow the order the cases were entered.
        var number = 1;
        foreach (var record in records.OrderBy(r => DateTimeOffset.Parse((string)r["date_entered"]!, CultureInfo.InvariantCulture)).ThenBy(r => (string)r["id"]!, StringComparer.Ordinal))
        {
            record["case_number"] = number++;
        }

        return records;
    }

    // Each module draws from its own stream, so adding a module or a field to one leaves the others as they were.
    private Random Stream(SugarModule module) => new((_seed * 31) + module.Ordinal);

    /// <summary>The fields every record starts with; the dates fall in the two years before the seed's end.</summary>
    private JsonObject Head(Random random, string name)
    {
        var id = SampleData.Guid(random);
        var entered = SampleData.Before(random, _end, 730);
        var modified = entered.AddSeconds(random.NextInt64((long)(_end - entered).TotalSeconds + 1));
        var (assignedId, assignedName) = random.Pick(SugarUsers.All);
        var (creatorId, creatorName) = random.Pick(SugarUsers.All);
        var (modifierId, modifierName) = random.Next(2) == 0 ? (creatorId, creatorName) : random.Pick(SugarUsers.All);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["date_entered"] = SugarDate.Format(entered),
            ["date_modified"] = SugarDate.Format(modified),
            ["modified_user_id"] = modifierId,
            ["modified_by_name"] = modifierName,
            ["created_by"] = creatorId,
            ["created_by_name"] = creatorName,
            ["description"] = "",
            ["deleted"] = false,
            ["assigned_user_id"] = assignedId,
            ["assigned_user_name"] = assignedName,
        };
    }

    private static JsonObject Tail(JsonObject record, SugarModule module)
    {
        record["_acl"] = new JsonObject { ["fields"] = new JsonObject() };
        record["_module"] = module.Name;
        return record;
    }

    public static string Currency(decimal amount) => amount.ToString("F6", CultureInfo.InvariantCulture);

    /// <summary>Sets the <c>email</c> array (one primary address) and the legacy <c>email1</c> together.</summary>
    public static void SetEmail(JsonObject record, string? address)
    {
        record["email"] = address is null or "" ? new JsonArray() : new JsonArray(EmailEntry(address, primary: true));
        record["email1"] = address ?? "";
    }

    public static JsonObject EmailEntry(string address, bool primary) => new()
    {
        ["email_address"] = address,
        ["primary_address"] = primary,
        ["reply_to_address"] = false,
        ["invalid_email"] = false,
        ["opt_out"] = false,
    };
}
