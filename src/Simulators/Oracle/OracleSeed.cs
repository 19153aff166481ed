using System.Globalization;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// Seed rows. Cross-references are computed from indexes, not drawn at random, so every resource can be
/// generated alone (lazily) and still agree with the others: contact <c>j</c> works at account
/// <c>j mod accounts</c>, and account <c>i</c>'s primary contact is contact <c>i</c>.
/// </summary>
internal static class OracleSeed
{
    private static readonly (long PartyId, string Name, string Login)[] Owners =
        [.. Enumerable.Range(0, 12).Select(k =>
        {
            var (first, last) = SampleData.PersonName(k * 211 + 17);
            return (300000000500001L + k, $"{first} {last}", $"{first}.{last}".ToUpperInvariant());
        })];

    private static readonly string[] Stages = ["01 - Qualify", "02 - Discover", "03 - Develop", "04 - Propose", "05 - Negotiate", "06 - Close"];
    private static readonly string[] Products = ["Cloud Migration", "Annual Renewal", "Fleet Upgrade", "Data Platform", "Support Expansion", "Pilot", "New Region Rollout", "Security Audit"];

    public static string Number(long number) => OracleResource.NumberPrefix + number.ToString(CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Account(int i, Random random)
    {
        var name = SampleData.CompanyName(i);
        var domain = SampleData.Domain(name);
        var city = random.Pick(SampleData.Places);
        var owner = random.Pick(Owners);
        var (first, last) = SampleData.PersonName(i);
        var row = Row(OracleResources.Accounts, i, random, owner.Login);
        row["OrganizationName"] = name;
        // A third are prospects: enough for a Type filter to be worth testing.
        row["Type"] = i % 3 == 2 ? "ZCA_PROSPECT" : "ZCA_CUSTOMER";
        row["OwnerPartyId"] = owner.PartyId;
        row["OwnerName"] = owner.Name;
        row["PrimaryContactPartyId"] = OracleResources.Contacts.FirstId + i;
        row["PrimaryContactName"] = $"{first} {last}";
        row["PrimaryContactEmail"] = SampleData.Email(first, last, domain);
        row["PrimaryContactPhone"] = SampleData.Phone(random, city);
        row["EmailAddress"] = "info@" + domain;
        row["FormattedPhoneNumber"] = SampleData.Phone(random, city);
        row["URL"] = "https://www." + domain;
        row["AddressLine1"] = SampleData.Street(random);
        row["City"] = city.City;
        row["State"] = city.State;
        row["PostalCode"] = city.PostalCode;
        row["Country"] = city.Country;
        return row;
    }

    public static Dictionary<string, object?> Contact(int j, Random random)
    {
        var (first, last) = SampleData.PersonName(j);
        var account = j % OracleResources.AccountCount;
        var company = SampleData.CompanyName(account);
        var city = random.Pick(SampleData.Places);
        var owner = random.Pick(Owners);
        var row = Row(OracleResources.Contacts, j, random, owner.Login);
        row["FirstName"] = first;
        row["LastName"] = last;
        row["ContactName"] = $"{first} {last}";
        row["JobTitle"] = random.Pick(SampleData.JobTitles);
        row["EmailAddress"] = SampleData.Email(first, last, SampleData.Domain(company));
        row["WorkPhoneNumber"] = SampleData.Phone(random, city);
        // Some contacts have no mobile: IS NULL needs something to find.
        row["MobileNumber"] = j % 4 == 3 ? null : SampleData.Phone(random, city);
        row["AccountPartyId"] = OracleResources.Accounts.FirstId + account;
        row["AccountName"] = company;
        row["OwnerPartyId"] = owner.PartyId;
        row["OwnerName"] = owner.Name;
        row["City"] = city.City;
        row["State"] = city.State;
        row["Country"] = city.Country;
        return row;
    }

    public static Dictionary<string, object?> Lead(int i, Random random)
    {
        var account = random.Next(OracleResources.AccountCount);
        var owner = random.Pick(Owners);
        var row = Row(OracleResources.Leads, i, random, owner.Login);
        row["Name"] = $"{SampleData.CompanyName(account)} - {random.Pick(Products)}";
        row["StatusCode"] = random.Pick((string[])["UNQUALIFIED", "UNQUALIFIED", "QUALIFIED", "CONVERTED", "RETIRED"]);
        row["Rank"] = random.Pick((string[])["HOT", "WARM", "COLD"]);
        row["CustomerId"] = OracleResources.Accounts.FirstId + account;
        row["PrimaryContactId"] = OracleResources.Contacts.FirstId + account;
        row["OwnerId"] = owner.PartyId;
        row["DealAmount"] = (decimal)(random.Next(10, 2000) * 250);
        row["CurrencyCode"] = "USD";
        return row;
    }

    public static Dictionary<string, object?> Opportunity(int i, Random random)
    {
        var account = random.Next(OracleResources.AccountCount);
        var owner = random.Pick(Owners);
        var row = Row(OracleResources.Opportunities, i, random, owner.Login);
        var stage = random.Next(Stages.Length);
        // Most deals in the last stage are decided; the rest are open.
        var status = stage < 5 ? "OPEN" : random.Next(3) switch { 0 => "LOST", 1 => "OPEN", _ => "WON" };
        row["Name"] = $"{SampleData.CompanyName(account)} - {random.Pick(Products)}";
        row["Revenue"] = (decimal)(random.Next(50, 5000) * 100);
        row["CurrencyCode"] = "USD";
        row["SalesStage"] = Stages[stage];
        row["StatusCode"] = status;
        row["WinProb"] = status switch { "WON" => 100L, "LOST" => 0L, _ => 10L + stage * 15 };
        row["EffectiveDate"] = DateOnly.FromDateTime(((DateTimeOffset)row["CreationDate"]!).UtcDateTime.AddDays(random.Next(30, 180)));
        row["TargetPartyId"] = OracleResources.Accounts.FirstId + account;
        row["TargetPartyName"] = SampleData.CompanyName(account);
        row["OwnerResourcePartyId"] = owner.PartyId;
        return row;
    }

    private static Dictionary<string, object?> Row(OracleResource resource, int i, Random random, string creator)
    {
        var (created, updated) = SampleData.Timestamps(i, resource.SeedCount, random);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [resource.IdField] = resource.FirstId + i,
            [resource.NumberField] = Number(resource.FirstNumber + i),
            ["CreatedBy"] = creator,
            ["CreationDate"] = created,
            // Half the rows were last touched by someone other than their creator.
            ["LastUpdatedBy"] = i % 2 == 0 ? creator : "SALES.ADMIN",
            ["LastUpdateDate"] = updated,
        };
        return row;
    }
}
