using System.Net;
using System.Text.Json.Nodes;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Zoho;

namespace OpenElements.Server.UnitTests.Zoho;

/// <summary>The simulator's v1 data API on crm.zoho.com, called as a v1 client would.</summary>
public sealed class ZohoV1RecordsSimulatorTests : LiveSimulatorTest
{
    private const string Crm = "https://crm.zoho.com/crm/private/json/";

    private string Token => Service<ZohoAuthTokenStore>().TryIssue(Service<ZohoUserDirectory>().All[0], "tests", cap: null)!.Token;

    [Fact]
    public async Task GetRecords_NoWindow_ReturnsTwentyRowsNumberedFromOneWithLabels()
    {
        var rows = Rows(await GetAsync("Leads/getRecords", ""), "Leads");

        Assert.Equal(20, rows.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r["no"]!.GetValue<string>()));
        var first = Fields(rows[0]);
        Assert.Matches("^[0-9]{15,}$", first["LEADID"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", first["Modified Time"]);
        Assert.Contains("@", first["Email"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRecords_WindowsOf200_CoverEveryRecordOnceAndEndInNoData()
    {
        var ids = new List<string>();
        for (var from = 1; ; from += 200)
        {
            var json = await GetAsync("Accounts/getRecords", $"&fromIndex={from}&toIndex={from + 199}");
            if (json["response"]!["nodata"] is { } nodata)
            {
                Assert.Equal("4422", nodata["code"]!.GetValue<string>());
                break;
            }

            ids.AddRange(Rows(json, "Accounts").Select(r => Fields(r)["ACCOUNTID"]));
        }

        Assert.True(ids.Count >= 2000, $"{ids.Count} accounts");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("&fromIndex=1&toIndex=201")]
    [InlineData("&fromIndex=0&toIndex=10")]
    [InlineData("&fromIndex=10&toIndex=5")]
    [InlineData("&fromIndex=abc")]
    [InlineData("&sortColumnString=No Such Field")]
    [InlineData("&lastModifiedTime=2024-01-01T00:00:00Z")]
    [InlineData("&selectColumns=Contacts(Email)")]
    public async Task GetRecords_BadParameter_Answers4600(string query)
    {
        Assert.Equal("4600", ErrorCode(await GetAsync("Leads/getRecords", query)));
    }

    [Theory]
    [InlineData("Leads/getEverything")]
    [InlineData("Vendors/getRecords")]
    public async Task UnknownMethodOrModule_Answers4600(string path)
    {
        Assert.Equal("4600", ErrorCode(await GetAsync(path, "")));
    }

    [Fact]
    public async Task GetRecords_OneRowWindow_RowIsAnObjectNotAnArray()
    {
        var json = await GetAsync("Contacts/getRecords", "&fromIndex=5&toIndex=5");

        Assert.IsType<JsonObject>(json["response"]!["result"]!["Contacts"]!["row"]);
    }

    [Fact]
    public async Task GetRecords_SortedDescending_IsInOrder()
    {
        var names = Rows(await GetAsync("Contacts/getRecords", "&fromIndex=1&toIndex=200&sortColumnString=Last Name&sortOrderString=desc"), "Contacts")
            .Select(r => Fields(r)["Last Name"]).ToList();

        Assert.Equal(names.OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task GetRecords_LastModifiedTime_ReturnsOnlyRecordsModifiedAtOrAfter()
    {
        const string since = "2026-10-01 00:00:00";
        var rows = Rows(await GetAsync("Potentials/getRecords", $"&fromIndex=1&toIndex=200&lastModifiedTime={Uri.EscapeDataString(since)}"), "Potentials");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(string.CompareOrdinal(Fields(r)["Modified Time"], since) >= 0));
    }

    [Fact]
    public async Task GetRecords_SelectColumns_ReturnsThoseColumnsAndTheId()
    {
        var rows = Rows(await GetAsync("Leads/getRecords", $"&selectColumns={Uri.EscapeDataString("Leads(First Name,Email)")}"), "Leads");

        Assert.All(rows, r => Assert.Subset(new HashSet<string> { "LEADID", "First Name", "Email" }, Fields(r).Keys.ToHashSet()));
        Assert.Contains(rows, r => Fields(r).ContainsKey("LEADID"));
    }

    [Fact]
    public async Task GetRecords_NewFormat_OneOmitsEmptyFieldsTwoListsThemAsNull()
    {
        var omitted = Rows(await GetAsync("Accounts/getRecords", "&fromIndex=1&toIndex=50&newFormat=1"), "Accounts");
        var listed = Rows(await GetAsync("Accounts/getRecords", "&fromIndex=1&toIndex=50&newFormat=2"), "Accounts");

        Assert.All(omitted, r => Assert.DoesNotContain("null", Fields(r).Values));
        Assert.Contains(listed, r => Fields(r).GetValueOrDefault("Fax") == "null");
        Assert.All(listed, r => Assert.True(Fields(r).ContainsKey("Fax")));
    }

    [Fact]
    public async Task SearchRecords_NestedAndOr_MatchesWholeValuesIgnoringCase()
    {
        var lead = Fields(Rows(await GetAsync("Leads/getRecords", "&fromIndex=3&toIndex=3"), "Leads")[0]);
        var criteria = $"(((Last Name:{lead["Last Name"].ToUpperInvariant()})AND(Company:{lead["Company"]}))OR(Lead Status:No Such Status))";

        var rows = Rows(await GetAsync("Leads/searchRecords", $"&criteria={Uri.EscapeDataString(criteria)}"), "Leads");

        Assert.Contains(rows, r => Fields(r)["LEADID"] == lead["LEADID"]);
        Assert.All(rows, r => Assert.Equal(lead["Company"], Fields(r)["Company"]));
    }

    [Fact]
    public async Task SearchRecords_AsteriskWildcard_MatchesAPrefix()
    {
        var rows = Rows(await GetAsync("Contacts/searchRecords", $"&fromIndex=1&toIndex=200&criteria={Uri.EscapeDataString("(Last Name:Sm*)")}"), "Contacts");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("Sm", Fields(r)["Last Name"], StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("(Last Name:Smith")]
    [InlineData("((Last Name:Smith)AND(First Name:Ann)OR(Email:x))")]
    [InlineData("(No Such Label:x)")]
    public async Task SearchRecords_UnreadableCriteria_Answers4420(string criteria)
    {
        Assert.Equal("4420", ErrorCode(await GetAsync("Contacts/searchRecords", $"&criteria={Uri.EscapeDataString(criteria)}")));
    }

    [Fact]
    public async Task SearchRecords_NothingMatches_AnswersNoData()
    {
        var json = await GetAsync("Contacts/searchRecords", $"&criteria={Uri.EscapeDataString("(Last Name:Nobody-Has-This-Name)")}");

        Assert.Equal("4422", json["response"]!["nodata"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetRecordById_IdAndIdList_ReturnThoseRecordsAndUnknownIdAnswers4103()
    {
        var ids = Rows(await GetAsync("Contacts/getRecords", "&fromIndex=1&toIndex=3"), "Contacts").Select(r => Fields(r)["CONTACTID"]).ToList();

        var one = await GetAsync("Contacts/getRecordById", $"&id={ids[0]}");
        var many = Rows(await GetAsync("Contacts/getRecordById", $"&idlist={string.Join(';', ids)}"), "Contacts");
        var unknown = await GetAsync("Contacts/getRecordById", "&id=1");

        Assert.Equal(ids[0], Fields(Rows(one, "Contacts")[0])["CONTACTID"]);
        Assert.Equal(ids, many.Select(r => Fields(r)["CONTACTID"]));
        Assert.Equal("4103", ErrorCode(unknown));
    }

    [Fact]
    public async Task SeededContacts_ReferenceSeededAccountsByIdAndName()
    {
        var contact = Fields(Rows(await GetAsync("Contacts/getRecords", "&fromIndex=7&toIndex=7"), "Contacts")[0]);

        var account = Fields(Rows(await GetAsync("Accounts/getRecordById", $"&id={contact["ACCOUNTID"]}"), "Accounts")[0]);

        Assert.Equal(contact["Account Name"], account["Account Name"]);
    }

    [Fact]
    public async Task InsertUpdateDelete_ChangeTheStoreAndAnswerRecordDetail()
    {
        var insert = await PostAsync("Leads/insertRecords", "",
            "<Leads><row no=\"1\"><FL val=\"Last Name\">O'Hara &amp; Sons</FL><FL val=\"First Name\">Kim</FL><FL val=\"Company\">Acme</FL></row></Leads>");
        var result = insert["response"]!["result"]!;
        Assert.Equal("Record(s) added successfully", result["message"]!.GetValue<string>());
        var detail = result["recorddetail"]!["FL"]!.AsArray().ToDictionary(f => f!["val"]!.GetValue<string>(), f => f!["content"]!.GetValue<string>());
        var id = detail["Id"];
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", detail["Created Time"]);

        var update = await PostAsync("Leads/updateRecords", $"&id={id}", "<Leads><row no=\"1\"><FL val=\"First Name\">Kimberly</FL></row></Leads>");
        Assert.Equal("Record(s) updated successfully", update["response"]!["result"]!["message"]!.GetValue<string>());
        var stored = Fields(Rows(await GetAsync("Leads/getRecordById", $"&id={id}"), "Leads")[0]);
        Assert.Equal("Kimberly", stored["First Name"]);
        Assert.Equal("O'Hara & Sons", stored["Last Name"]);
        Assert.Equal("Acme", stored["Company"]);

        var delete = await PostAsync("Leads/deleteRecords", $"&id={id}", null);
        Assert.Equal("5000", delete["response"]!["result"]!["code"]!.GetValue<string>());
        Assert.Equal("4103", ErrorCode(await GetAsync("Leads/getRecordById", $"&id={id}")));
        Assert.Equal("4103", ErrorCode(await PostAsync("Leads/updateRecords", $"&id={id}", "<Leads><row no=\"1\"><FL val=\"First Name\">X</FL></row></Leads>")));
    }

    [Theory]
    [InlineData("Leads", "<Leads><row no=\"1\"><FL val=\"First Name\">Ann</FL></row></Leads>", "4401")]
    [InlineData("Accounts", "<Accounts><row no=\"1\"><FL val=\"Phone\">1</FL></row></Accounts>", "4401")]
    [InlineData("Potentials", "<Potentials><row no=\"1\"><FL val=\"Potential Name\">P</FL><FL val=\"Stage\">Qualification</FL></row></Potentials>", "4401")]
    [InlineData("Accounts", "<Accounts><row no=\"1\"><FL val=\"Account Name\">A</FL><FL val=\"Employees\">many</FL></row></Accounts>", "4832")]
    [InlineData("Leads", "<Leads><row no=\"1\"><FL val=\"Last Name\">A</FL>", "4835")]
    [InlineData("Leads", "<Contacts><row no=\"1\"><FL val=\"Last Name\">A</FL></row></Contacts>", "4835")]
    public async Task InsertRecords_InvalidRow_AnswersTheV1ErrorCode(string module, string xml, string code)
    {
        Assert.Equal(code, ErrorCode(await PostAsync($"{module}/insertRecords", "", xml)));
    }

    [Fact]
    public async Task RevokeAllTokens_DataCallsAnswer4834UntilANewTokenIsIssued()
    {
        var faults = Service<ZohoFaults>();
        var old = Token;
        faults.RevokeAllTokens();

        using var refused = await Http.GetAsync($"{Crm}Leads/getRecords?authtoken={old}&scope=crmapi");
        Assert.Equal("4834", ErrorCode(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!));

        using var login = await Http.PostAsync("https://accounts.zoho.com/apiauthtoken/nb/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SCOPE"] = "ZohoCRM/crmapi",
            ["EMAIL_ID"] = SandboxCredentials.Load().For("zohocrm")["crm.zohocrm.username"],
            ["PASSWORD"] = SandboxCredentials.Load().For("zohocrm")["crm.zohocrm.password"],
        }));
        var fresh = (await login.Content.ReadAsStringAsync()).Split('\n').Single(l => l.StartsWith("AUTHTOKEN=", StringComparison.Ordinal))["AUTHTOKEN=".Length..];
        Assert.Equal(1, faults.TokensIssued);
        using var accepted = await Http.GetAsync($"{Crm}Leads/getRecords?authtoken={fresh}&scope=crmapi");
        Assert.NotNull(JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["response"]!["result"]);
    }

    [Fact]
    public void RevokedTokens_DoNotCountAgainstTheActiveTokenCap()
    {
        var store = Service<ZohoAuthTokenStore>();
        var user = Service<ZohoUserDirectory>().All[0];
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(store.TryIssue(user, "tests", cap: 3));
        }

        Assert.Null(store.TryIssue(user, "tests", cap: 3));
        store.RevokeAll();
        Assert.NotNull(store.TryIssue(user, "tests", cap: 3));
    }

    [Fact]
    public async Task RateLimitSwitch_Answers429WithRetryAfterAnd4820()
    {
        var token = Token;
        Service<ZohoFaults>().RateLimitNext(1, retryAfterSeconds: 7);

        using var response = await Http.GetAsync($"{Crm}Leads/getRecords?authtoken={token}&scope=crmapi");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal("4820", ErrorCode(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
        Assert.Equal(1, Service<ZohoFaults>().Seen(RequestKind.List));
    }

    private async Task<JsonNode> GetAsync(string path, string query)
    {
        using var response = await Http.GetAsync($"{Crm}{path}?authtoken={Token}&scope=crmapi{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<JsonNode> PostAsync(string path, string query, string? xml)
    {
        var form = new Dictionary<string, string> { ["authtoken"] = Token, ["scope"] = "crmapi" };
        if (xml is not null)
        {
            form["xmlData"] = xml;
        }

        using var response = await Http.PostAsync($"{Crm}{path}?x=1{query}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string? ErrorCode(JsonNode json) => json["response"]?["error"]?["code"]?.GetValue<string>();

    private static List<JsonObject> Rows(JsonNode json, string module) =>
        json["response"]!["result"]![module]!["row"] switch
        {
            JsonArray a => [.. a.OfType<JsonObject>()],
            JsonObject o => [o],
            _ => [],
        };

    private static Dictionary<string, string> Fields(JsonObject row) =>
        row["FL"]!.AsArray().ToDictionary(f => f!["val"]!.GetValue<string>(), f => f!["content"]!.GetValue<string>());
}
