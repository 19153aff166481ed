using System.Text.Json.Nodes;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>Contacts and Leads: people with names, titles, phones and an address at a company's domain.</summary>
internal sealed partial class SugarSeed
{
    private static readonly string[] Salutations = ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", ""];

    private static readonly string[] Departments = ["Sales", "Marketing", "Finance", "IT", "Operations", "Purchasing", "Executive", "Support"];

    private static readonly string[] LeadStatuses = ["New", "New", "Assigned", "In Process", "In Process", "Converted", "Recycled", "Dead"];

    private IReadOnlyList<JsonObject> Contacts()
    {
        var random = Stream(SugarModule.Contacts);
        var accounts = For(SugarModule.Accounts);
        var records = new List<JsonObject>(_count);
        for (var i = 0; i < _count; i++)
        {
            var account = random.Pick(accounts);
            var accountName = (string)account["name"]!;
            var record = Person(random, accountName);
            record["do_not_call"] = random.Next(20) == 0;
            // REVIEW: [M] about a third of contacts without a birthdate, so $is_null has something to find.
            record["birthdate"] = random.Next(3) == 0 ? null : $"{random.Next(1955, 2001)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}";
            record["account_id"] = (string)account["id"]!;
            records.Add(Tail(record, SugarModule.Contacts));
        }

        return records;
    }

    private IReadOnlyList<JsonObject> Leads()
    {
        var random = Stream(SugarModule.Leads);
        var records = new List<JsonObject>(_count);
        for (var i = 0; i < _count; i++)
        {
            // Leads come from companies that are not accounts yet, so their company is only a name.
            var company = SampleData.CompanyName(random);
            var record = Person(random, company);
            var status = random.Pick(LeadStatuses);
            record["do_not_call"] = false;
            record["status"] = status;
            record["website"] = $"www.{SampleData.Domain(company)}";
            record["converted"] = status == "Converted";
            records.Add(Tail(record, SugarModule.Leads));
        }

        return records;
    }

    private JsonObject Person(Random random, string companyName)
    {
        var first = random.Pick(SampleData.FirstNames);
        var last = random.Pick(SampleData.LastNames);
        var place = random.Pick(SampleData.UsPlaces);
        var record = Head(random, $"{first} {last}");
        record["salutation"] = random.Pick(Salutations);
        record["first_name"] = first;
        record["last_name"] = last;
        record["title"] = random.Pick(SampleData.JobTitles);
        record["department"] = random.Pick(Departments);
        record["phone_work"] = SampleData.Phone(random, place);
        // REVIEW: [M] one person in eight without a mobile number: real CRMs have gaps, and $empty needs some.
        record["phone_mobile"] = random.Next(8) == 0 ? "" : SampleData.Phone(random, place);
        SetEmail(record, SampleData.Email(first, last, SampleData.Domain(companyName)));
        record["primary_address_street"] = SampleData.Street(random);
        record["primary_address_city"] = place.City;
        record["primary_address_state"] = place.State;
        record["primary_address_postalcode"] = place.PostalCode;
        record["primary_address_country"] = "USA";
        record["lead_source"] = random.Pick(LeadSources);
        record["account_name"] = companyName;
        return record;
    }
}
