using System.Globalization;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Seed records. Everything another type refers to (a customer's name, status, subsidiary) is a function
/// of its index, so each type can be generated alone, lazily, and still agree with the others.
/// Customers are 30% leads, 25% prospects and 45% customers; every tenth is a person, not a company.
/// </summary>
internal static class RecordSeed
{
    private static readonly string[] Products = ["Annual Subscription", "Hardware Refresh", "Implementation Services", "Support Renewal", "Expansion Seats", "Pilot Project"];
    private static readonly string[] CaseSubjects =
    [
        "Cannot log in to portal", "Invoice amount incorrect", "Shipment arrived damaged", "Request for W-9 form",
        "Password reset not received", "Integration sync failing", "Question about renewal pricing", "Report export times out",
    ];

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool CustomerIsPerson(int i) => i % 10 == 9;

    public static (string First, string Last) CustomerPerson(int i) => SampleData.PersonName(i + 37);

    public static string CustomerName(int i) =>
        CustomerIsPerson(i) ? $"{CustomerPerson(i).First} {CustomerPerson(i).Last}" : SampleData.CompanyName(i * 3);

    public static string CustomerDomain(int i) => CustomerIsPerson(i) ? "example.com" : SampleData.Domain(CustomerName(i));

    public static NsRef CustomerRef(int i) => new(Text(RecordTypes.Customer.FirstId + i), CustomerName(i));

    public static Place CustomerCity(int i) => SampleData.Places[i * 7 % SampleData.Places.Length];

    public static NsRef CustomerSubsidiary(int i) =>
        RecordTypes.Subsidiaries[CustomerCity(i).Country == "CA" ? 2 : i % 2];

    /// <summary>The stage by i mod 20 (6 leads, 5 prospects, 9 customers in 20), the status within it by i / 20.</summary>
    public static NsRef CustomerStatus(int i)
    {
        var statuses = RecordTypes.CustomerStatuses;
        var (first, count) = (i % 20) switch { < 6 => (0, 2), < 11 => (2, 5), _ => (7, 3) };
        return statuses[first + i / 20 % count];
    }

    public static Dictionary<string, object?> Customer(int i, Random random)
    {
        var record = Start(RecordTypes.Customer, i, random);
        var person = CustomerIsPerson(i);
        var city = CustomerCity(i);
        var status = CustomerStatus(i);
        var (first, last) = CustomerPerson(i);
        record["entityId"] = "CUST" + Text(RecordTypes.Customer.FirstId + i).PadLeft(6, '0');
        record["companyName"] = person ? null : CustomerName(i);
        record["isPerson"] = person;
        record["firstName"] = person ? first : null;
        record["lastName"] = person ? last : null;
        record["email"] = person ? SampleData.Email(first, last, CustomerDomain(i)) : "ap@" + CustomerDomain(i);
        record["phone"] = SampleData.Phone(random, city);
        record["altPhone"] = i % 3 == 0 ? SampleData.Phone(random, city) : null;
        record["url"] = person ? null : "https://www." + CustomerDomain(i);
        record["isInactive"] = i % 25 == 24;
        record["entityStatus"] = status;
        record["subsidiary"] = CustomerSubsidiary(i);
        record["salesRep"] = RecordTypes.Employees[1 + random.Next(RecordTypes.Employees.Length - 1)];
        // Only customers have been given credit; leads and prospects have none yet.
        record["creditLimit"] = status.RefName.StartsWith("CUSTOMER", StringComparison.Ordinal) ? (decimal)(random.Next(5, 200) * 1000) : null;
        record["defaultAddress"] = $"{CustomerName(i)}\n{SampleData.Street(random)}\n{city.City} {city.State} {city.PostalCode}\n{(city.Country == "CA" ? "Canada" : "United States")}";
        return record;
    }

    public static Dictionary<string, object?> Contact(int j, Random random)
    {
        var record = Start(RecordTypes.Contact, j, random);
        var (first, last) = SampleData.PersonName(j);
        var company = j % RecordTypes.CustomerCount;
        var city = CustomerCity(company);
        record["entityId"] = $"{first} {last}";
        record["firstName"] = first;
        record["lastName"] = last;
        record["title"] = random.Pick(SampleData.JobTitles);
        record["email"] = SampleData.Email(first, last, CustomerDomain(company));
        record["phone"] = SampleData.Phone(random, city);
        record["mobilePhone"] = j % 4 == 3 ? null : SampleData.Phone(random, city);
        record["company"] = CustomerRef(company);
        record["subsidiary"] = CustomerSubsidiary(company);
        record["isInactive"] = j % 40 == 39;
        return record;
    }

    public static Dictionary<string, object?> Opportunity(int i, Random random)
    {
        var record = Start(RecordTypes.Opportunity, i, random);
        var customer = random.Next(RecordTypes.CustomerCount);
        var roll = random.Next(100);
        var status = RecordTypes.OpportunityStatuses[roll switch { < 55 => 0, < 70 => 1, < 88 => 2, _ => 3 }];
        var created = ((DateTimeOffset)record["createdDate"]!).UtcDateTime;
        var expected = DateOnly.FromDateTime(created.AddDays(random.Next(30, 150)));
        var subsidiary = CustomerSubsidiary(customer);
        record["tranId"] = Text(1001 + i);
        record["title"] = $"{CustomerName(customer)} - {random.Pick(Products)}";
        record["entity"] = CustomerRef(customer);
        record["entityStatus"] = CustomerStatus(customer);
        record["status"] = status;
        record["probability"] = status.Id switch { "A" => (decimal)(10 * random.Next(1, 7)), "B" => 70m, "C" => 100m, _ => 0m };
        record["projectedTotal"] = (decimal)(random.Next(20, 4000) * 125);
        record["currency"] = RecordTypes.Currencies[subsidiary.Id == "3" ? 1 : 0];
        record["expectedCloseDate"] = expected;
        record["closeDate"] = status.Id is "C" or "D" ? expected.AddDays(random.Next(-20, 10)) : null;
        record["salesRep"] = RecordTypes.Employees[1 + random.Next(RecordTypes.Employees.Length - 1)];
        record["subsidiary"] = subsidiary;
        return record;
    }

    public static Dictionary<string, object?> SupportCase(int i, Random random)
    {
        var record = Start(RecordTypes.SupportCase, i, random);
        var customer = random.Next(RecordTypes.CustomerCount);
        // Contact c works at customer c (contacts outnumber customers), so the case's contact fits its company.
        var (first, last) = SampleData.PersonName(customer);
        var closed = random.Next(10) < 4;
        var start = DateOnly.FromDateTime(((DateTimeOffset)record["dateCreated"]!).UtcDateTime);
        record["caseNumber"] = Text(1001 + i);
        record["title"] = random.Pick(CaseSubjects);
        record["company"] = CustomerRef(customer);
        record["contact"] = new NsRef(Text(RecordTypes.Contact.FirstId + customer), $"{first} {last}");
        record["email"] = SampleData.Email(first, last, CustomerDomain(customer));
        record["phone"] = SampleData.Phone(random, CustomerCity(customer));
        record["status"] = closed ? RecordTypes.CaseStatuses[4] : RecordTypes.CaseStatuses[random.Next(4)];
        record["priority"] = random.Pick(RecordTypes.CasePriorities);
        record["origin"] = random.Pick(RecordTypes.CaseOrigins);
        record["category"] = random.Pick(RecordTypes.CaseTypes);
        record["incomingMessage"] = $"Hello, {((string)record["title"]!).ToLowerInvariant()} since {start:MMMM d}. Please advise. {first}";
        record["startDate"] = start;
        record["endDate"] = closed ? start.AddDays(random.Next(0, 21)) : null;
        record["isInactive"] = false;
        return record;
    }

    public static void DeriveCustomer(Dictionary<string, object?> record)
    {
        Default(record, "entityId", "CUST" + Text((long)record["id"]!).PadLeft(6, '0'));
        Default(record, "isPerson", record.GetValueOrDefault("companyName") is null);
        Default(record, "isInactive", false);
        // REVIEW: [M] a new customer's default status; NetSuite takes it from the form or preferences.
        Default(record, "entityStatus", RecordTypes.CustomerStatuses[7]);
        Default(record, "subsidiary", RecordTypes.Subsidiaries[0]);
    }

    public static void DeriveContact(Dictionary<string, object?> record)
    {
        Default(record, "entityId", $"{record.GetValueOrDefault("firstName")} {record.GetValueOrDefault("lastName")}".Trim());
        Default(record, "isInactive", false);
        Default(record, "subsidiary", RecordTypes.Subsidiaries[0]);
    }

    public static void DeriveOpportunity(Dictionary<string, object?> record)
    {
        Default(record, "tranId", Text((long)record["id"]! - RecordTypes.Opportunity.FirstId + 1001));
        Default(record, "status", RecordTypes.OpportunityStatuses[0]);
        Default(record, "currency", RecordTypes.Currencies[0]);
        Default(record, "subsidiary", RecordTypes.Subsidiaries[0]);
    }

    public static void DeriveSupportCase(Dictionary<string, object?> record)
    {
        Default(record, "caseNumber", Text((long)record["id"]! - RecordTypes.SupportCase.FirstId + 1001));
        Default(record, "status", RecordTypes.CaseStatuses[0]);
        Default(record, "isInactive", false);
    }

    private static Dictionary<string, object?> Start(RecordType type, int i, Random random)
    {
        var (created, modified) = SampleData.Timestamps(i, type.SeedCount, random);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = type.FirstId + i,
            [type.CreatedField] = created,
            ["lastModifiedDate"] = modified,
        };
    }

    private static void Default(Dictionary<string, object?> record, string field, object value)
    {
        if (record.GetValueOrDefault(field) is null)
        {
            record[field] = value;
        }
    }
}
