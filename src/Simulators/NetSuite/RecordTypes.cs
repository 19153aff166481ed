using System.Globalization;
using static OpenElements.Simulators.NetSuite.NsType;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The record types the simulator serves (vendors.md 1.3) and the select lists their references use.
/// Fields are the research's lists; [M] ones are marked where they are declared.
/// </summary>
internal static class RecordTypes
{
    public const int CustomerCount = 2300;
    public const int ContactCount = 2400;

    /// <summary>
    /// Customer statuses. Leads and prospects are customers at an earlier stage, told apart by this ref.
    /// </summary>
    // REVIEW: [M] ids besides 6 (LEAD-Unqualified) and 13 (CUSTOMER-Closed Won) follow a default account's
    // order but are not verified.
    public static readonly NsRef[] CustomerStatuses =
    [
        new("6", "LEAD-Unqualified"), new("7", "LEAD-Qualified"), new("8", "PROSPECT-In Discussion"),
        new("9", "PROSPECT-Identified Decision Makers"), new("10", "PROSPECT-Proposal"), new("11", "PROSPECT-In Negotiation"),
        new("12", "PROSPECT-Purchasing"), new("13", "CUSTOMER-Closed Won"), new("15", "CUSTOMER-Renewal"),
        new("16", "CUSTOMER-Lost Customer"),
    ];

    public static readonly NsRef[] Subsidiaries = [new("1", "Parent Company"), new("2", "US Subsidiary"), new("3", "Canada Subsidiary")];

    // REVIEW: [M] A..D as In Progress, Issued Estimate, Closed Won, Closed Lost; vendors.md gives only "A..D".
    public static readonly NsRef[] OpportunityStatuses = [new("A", "In Progress"), new("B", "Issued Estimate"), new("C", "Closed Won"), new("D", "Closed Lost")];

    public static readonly NsRef[] Currencies = [new("1", "USA"), new("3", "Canadian Dollar")];

    public static readonly NsRef[] CaseStatuses = [new("1", "Not Started"), new("2", "In Progress"), new("3", "Escalated"), new("4", "Re-Opened"), new("5", "Closed")];

    public static readonly NsRef[] CasePriorities = [new("1", "High"), new("2", "Medium"), new("3", "Low")];

    public static readonly NsRef[] CaseOrigins = [new("1", "Phone"), new("2", "E-mail"), new("3", "Web")];

    public static readonly NsRef[] CaseTypes = [new("1", "Concern"), new("2", "Question"), new("3", "Problem")];

    /// <summary>Sales reps (employees) records are assigned to; -5 is the account owner.</summary>
    public static readonly NsRef[] Employees =
    [
        new("-5", "Sandbox Administrator"),
        .. Enumerable.Range(0, 10).Select(k =>
        {
            var (first, last) = Hosting.SampleData.PersonName(k * 197 + 31);
            return new NsRef((201 + k).ToString(CultureInfo.InvariantCulture), $"{first} {last}");
        }),
    ];

    /// <summary>Select lists by the name fields use as their <see cref="NsField.Target"/>.</summary>
    public static readonly IReadOnlyDictionary<string, NsRef[]> Lists = new Dictionary<string, NsRef[]>(StringComparer.Ordinal)
    {
        ["customerStatus"] = CustomerStatuses,
        ["subsidiary"] = Subsidiaries,
        ["opportunityStatus"] = OpportunityStatuses,
        ["currency"] = Currencies,
        ["supportCaseStatus"] = CaseStatuses,
        ["supportCasePriority"] = CasePriorities,
        ["supportCaseOrigin"] = CaseOrigins,
        ["supportCaseType"] = CaseTypes,
        ["employee"] = Employees,
    };

    private static readonly NsField[] Modified = [new("lastModifiedDate", NsType.DateTime, System: true)];

    public static readonly RecordType Customer = new("customer",
    [
        new("id", Id, System: true), new("externalId", Text), new("entityId", Text), new("companyName", Text), new("isPerson", NsType.Boolean),
        new("firstName", Text), new("lastName", Text), new("email", Text), new("phone", Text), new("altPhone", Text),
        new("mobilePhone", Text), new("fax", Text),
        new("url", Text), new("isInactive", NsType.Boolean), new("entityStatus", Reference, "customerStatus"),
        new("subsidiary", Reference, "subsidiary"), new("salesRep", Reference, "employee"), new("creditLimit", Number),
        new("defaultAddress", Text), new("dateCreated", NsType.DateTime, System: true), .. Modified,
    ])
    {
        // REVIEW: [M] companyName (or a person's name) as the mandatory fields; OneWorld also needs a
        // subsidiary, which defaults to the parent company here instead.
        Required = [["companyName"], ["firstName", "lastName"]],
        SeedCount = CustomerCount,
        FirstId = 107,
        Seed = RecordSeed.Customer,
        Derive = RecordSeed.DeriveCustomer,
        RefName = r => r["companyName"] as string ?? $"{r["firstName"]} {r["lastName"]}".Trim(),
    };

    // REVIEW: [M] the contact field list (vendors.md 1.3 marks it so).
    public static readonly RecordType Contact = new("contact",
    [
        new("id", Id, System: true), new("externalId", Text), new("entityId", Text), new("firstName", Text), new("lastName", Text), new("title", Text),
        new("email", Text), new("phone", Text), new("mobilePhone", Text), new("company", Reference, "customer"),
        new("subsidiary", Reference, "subsidiary"), new("isInactive", NsType.Boolean), new("dateCreated", NsType.DateTime, System: true), .. Modified,
    ])
    {
        Required = [["firstName", "lastName"]],
        SeedCount = ContactCount,
        FirstId = 3001,
        Seed = RecordSeed.Contact,
        Derive = RecordSeed.DeriveContact,
        RefName = r => (string)r["entityId"]!,
    };

    public static readonly RecordType Opportunity = new("opportunity",
    [
        new("id", Id, System: true), new("externalId", Text), new("tranId", Text), new("title", Text), new("entity", Reference, "customer"),
        new("entityStatus", Reference, "customerStatus"), new("status", Reference, "opportunityStatus"), new("probability", Number),
        new("projectedTotal", Number), new("currency", Reference, "currency"), new("expectedCloseDate", Date), new("closeDate", Date),
        new("salesRep", Reference, "employee"), new("subsidiary", Reference, "subsidiary"), new("createdDate", NsType.DateTime, System: true), .. Modified,
    ])
    {
        CreatedField = "createdDate",
        // REVIEW: [M] the customer is what an opportunity cannot be saved without.
        Required = [["entity"]],
        SeedCount = 2100,
        FirstId = 10001,
        Seed = RecordSeed.Opportunity,
        Derive = RecordSeed.DeriveOpportunity,
        RefName = r => $"Opportunity #{r["tranId"]}",
    };

    public static readonly RecordType SupportCase = new("supportCase",
    [
        new("id", Id, System: true), new("externalId", Text), new("caseNumber", Text), new("title", Text), new("company", Reference, "customer"),
        new("contact", Reference, "contact"), new("email", Text), new("phone", Text), new("status", Reference, "supportCaseStatus"),
        new("priority", Reference, "supportCasePriority"), new("origin", Reference, "supportCaseOrigin"),
        new("category", Reference, "supportCaseType"), new("incomingMessage", Text), new("startDate", Date), new("endDate", Date),
        new("isInactive", NsType.Boolean), new("dateCreated", NsType.DateTime, System: true), .. Modified,
    ])
    {
        // REVIEW: [M] subject (title) and company as the mandatory fields of the standard case form.
        Required = [["title", "company"]],
        SeedCount = 2050,
        FirstId = 20001,
        Seed = RecordSeed.SupportCase,
        Derive = RecordSeed.DeriveSupportCase,
        RefName = r => $"{r["caseNumber"]} {r["title"]}",
    };

    public static readonly IReadOnlyList<RecordType> All = [Customer, Contact, Opportunity, SupportCase];

    public static RecordType? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
