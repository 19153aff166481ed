using static OpenElements.Simulators.Oracle.OracleType;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// The four resources the simulator serves (vendors.md 3.2). Keys follow 3.2 and CE's pollers; the
/// attribute lists beyond the key and the who/when columns are the research's [M] lists.
/// </summary>
internal static class OracleResources
{
    public const int AccountCount = 2050;
    public const int ContactCount = 2400;

    /// <summary>Who/when columns every resource carries; the pod maintains them.</summary>
    private static readonly OracleField[] Audit =
    [
        new("CreatedBy", Text, System: true),
        new("CreationDate", OracleType.DateTime, System: true),
        new("LastUpdatedBy", Text, System: true),
        new("LastUpdateDate", OracleType.DateTime, System: true),
    ];

    public static readonly OracleResource Accounts = new("accounts", "PartyNumber", "PartyId", "PartyNumber",
    [
        new("PartyId", Integer, System: true), new("PartyNumber", Text), new("OrganizationName", Text), new("Type", Text),
        new("OwnerPartyId", Integer), new("OwnerName", Text), new("PrimaryContactPartyId", Integer), new("PrimaryContactName", Text),
        new("PrimaryContactEmail", Text), new("PrimaryContactPhone", Text), new("EmailAddress", Text), new("FormattedPhoneNumber", Text),
        new("URL", Text), new("AddressLine1", Text), new("City", Text), new("State", Text), new("PostalCode", Text), new("Country", Text),
        .. Audit,
    ])
    {
        // REVIEW: [M] which attributes Fusion requires on create; OrganizationName is the one without which an account is nothing.
        Required = ["OrganizationName"],
        Children = ["AccountContact", "Address", "Note"],
        SeedCount = AccountCount,
        FirstId = 300000001000001,
        FirstNumber = 1001,
        Seed = OracleSeed.Account,
    };

    public static readonly OracleResource Contacts = new("contacts", "PartyNumber", "PartyId", "PartyNumber",
    [
        new("PartyId", Integer, System: true), new("PartyNumber", Text), new("FirstName", Text), new("LastName", Text),
        new("ContactName", Text), new("JobTitle", Text), new("EmailAddress", Text), new("WorkPhoneNumber", Text), new("MobileNumber", Text),
        new("AccountPartyId", Integer), new("AccountName", Text), new("OwnerPartyId", Integer), new("OwnerName", Text),
        new("City", Text), new("State", Text), new("Country", Text),
        .. Audit,
    ])
    {
        // REVIEW: [M] LastName as the one required attribute of a person party.
        Required = ["LastName"],
        Children = ["Address", "Note"],
        SeedCount = ContactCount,
        FirstId = 300000002000001,
        FirstNumber = 100001,
        Seed = OracleSeed.Contact,
        Derive = row => Default(row, "ContactName", $"{row.GetValueOrDefault("FirstName")} {row.GetValueOrDefault("LastName")}".Trim()),
    };

    // REVIEW: [M] the real item path is a hash key (leadsUniqID) taken from the collection's links;
    // CE addressed leads by LeadId, so LeadId is the path key here.
    public static readonly OracleResource Leads = new("leads", "LeadId", "LeadId", "LeadNumber",
    [
        new("LeadId", Integer, System: true), new("LeadNumber", Text), new("Name", Text), new("StatusCode", Text), new("Rank", Text),
        new("CustomerId", Integer), new("PrimaryContactId", Integer), new("OwnerId", Integer), new("DealAmount", Number),
        new("CurrencyCode", Text),
        .. Audit,
    ])
    {
        Required = ["Name"],
        Children = ["LeadProduct", "LeadResource", "Note"],
        SeedCount = 2100,
        FirstId = 300000003000001,
        FirstNumber = 200001,
        Seed = OracleSeed.Lead,
    };

    public static readonly OracleResource Opportunities = new("opportunities", "OptyNumber", "OptyId", "OptyNumber",
    [
        new("OptyId", Integer, System: true), new("OptyNumber", Text), new("Name", Text), new("Revenue", Number), new("CurrencyCode", Text),
        new("SalesStage", Text), new("StatusCode", Text), new("WinProb", Integer), new("EffectiveDate", Date),
        new("TargetPartyId", Integer), new("TargetPartyName", Text), new("OwnerResourcePartyId", Integer),
        .. Audit,
    ])
    {
        Required = ["Name"],
        Children = ["Note", "OpportunityTeam", "RevenueItems"],
        SeedCount = 2200,
        FirstId = 300000004000001,
        FirstNumber = 300001,
        Seed = OracleSeed.Opportunity,
        Derive = row => Default(row, "StatusCode", "OPEN"),
    };

    public static readonly IReadOnlyList<OracleResource> All = [Accounts, Contacts, Leads, Opportunities];

    private static void Default(Dictionary<string, object?> row, string field, object value)
    {
        if (row.GetValueOrDefault(field) is null)
        {
            row[field] = value;
        }
    }

    public static OracleResource? Find(string name) => All.FirstOrDefault(r => r.Name == name);
}
