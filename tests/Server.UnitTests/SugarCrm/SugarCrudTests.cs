using System.Globalization;
using System.Net;
using OpenElements.Simulators.SugarCrm;

namespace OpenElements.Server.UnitTests.SugarCrm;

public sealed class SugarCrudTests : SugarRecordsTest
{
    [Fact]
    public async Task Create_Contact_Returns200WithTheFullRecordAndServerFields()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var (response, record) = await SendAsync(HttpMethod.Post, "/Contacts", new
        {
            first_name = "Ada",
            last_name = "Lovelace",
            title = "Analyst",
            email = new[] { new { email_address = "ada@example.com", primary_address = true } },
            id = "client-chosen",
            date_modified = "2001-01-01T00:00:00+00:00",
            not_a_field = "ignored",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Guid.TryParseExact(Text(record, "id"), "D", out _));
        Assert.Equal("Ada Lovelace", Text(record, "name"));
        Assert.Equal("Analyst", Text(record, "title"));
        Assert.Equal("ada@example.com", Text(record, "email1"));
        Assert.Equal("Contacts", Text(record, "_module"));
        Assert.Equal(SugarCrmAccount.UserId, Text(record, "created_by"));
        Assert.Equal(SugarCrmAccount.UserId, Text(record, "modified_user_id"));
        Assert.False(record.GetProperty("deleted").GetBoolean());
        Assert.False(record.TryGetProperty("not_a_field", out _));
        Assert.Matches(DateTimePattern, Text(record, "date_entered"));
        Assert.Equal(Text(record, "date_entered"), Text(record, "date_modified"));
        Assert.True(DateTimeOffset.Parse(Text(record, "date_modified")!, CultureInfo.InvariantCulture) >= before);
        // Every field of the module comes back, empty ones included.
        Assert.Equal("", Text(record, "phone_mobile"));

        var (getResponse, fetched) = await GetAsync($"/Contacts/{Text(record, "id")}");
        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        Assert.Equal(record.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task Create_ThenFilterOnDateModified_FindsOnlyTheNewRecord()
    {
        var (_, created) = await SendAsync(HttpMethod.Post, "/Accounts", new { name = "Polling Probe Inc" });
        var since = SugarDate.Format(Options.SeedEnd);

        var found = await FilterAsync("Accounts", $$$"""[{"date_modified":{"$gt":"{{{since}}}"}}]""");

        Assert.Equal([Text(created, "id")!], Ids(found));
    }

    [Fact]
    public async Task Create_WithAccountId_FillsInTheAccountName()
    {
        var (_, accounts) = await GetAsync("/Accounts?max_num=1&fields=name");
        var account = accounts.GetProperty("records")[0];

        var (_, opportunity) = await SendAsync(HttpMethod.Post, "/Opportunities", new { name = "Probe deal", amount = 1234.5, account_id = Text(account, "id") });

        Assert.Equal(Text(account, "name"), Text(opportunity, "account_name"));
        Assert.Equal("1234.500000", Text(opportunity, "amount"));
    }

    [Theory]
    [InlineData("Contacts", """{"first_name":"No","title":"Surname"}""", "last_name")]
    [InlineData("Leads", """{"last_name":"  "}""", "last_name")]
    [InlineData("Accounts", """{"website":"www.example.com"}""", "name")]
    [InlineData("Opportunities", "", "name")]
    public async Task Create_WithoutRequiredField_Returns422MissingParameter(string module, string body, string field)
    {
        var before = await CountAsync(module);

        var (response, error) = await SendAsync(HttpMethod.Post, $"/{module}", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("missing_parameter", error.GetProperty("error").GetString());
        Assert.Equal($"Missing parameter: {field}", error.GetProperty("error_message").GetString());
        Assert.Equal(before, await CountAsync(module));
    }

    [Fact]
    public async Task Update_MergesFieldsAndBumpsDateModified()
    {
        var (_, list) = await GetAsync("/Contacts?max_num=1");
        var original = list.GetProperty("records")[0];
        var id = Text(original, "id");

        var (response, updated) = await SendAsync(HttpMethod.Put, $"/Contacts/{id}", new { last_name = "Renamed", title = "Chief Probe" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Renamed", Text(updated, "last_name"));
        Assert.Equal(Text(original, "first_name"), Text(updated, "first_name"));
        Assert.Equal($"{Text(original, "first_name")} Renamed", Text(updated, "name"));
        Assert.Equal(Text(original, "date_entered"), Text(updated, "date_entered"));
        Assert.Equal(Text(original, "email1"), Text(updated, "email1"));
        Assert.True(DateTimeOffset.Parse(Text(updated, "date_modified")!, CultureInfo.InvariantCulture)
                    > DateTimeOffset.Parse(Text(original, "date_modified")!, CultureInfo.InvariantCulture));
        Assert.Equal(SugarCrmAccount.UserId, Text(updated, "modified_user_id"));
        Assert.Equal("Chief Probe", Text((await GetAsync($"/Contacts/{id}")).Body, "title"));
    }

    [Fact]
    public async Task Update_ClearingRequiredField_Returns422AndKeepsTheRecord()
    {
        var (_, list) = await GetAsync("/Accounts?max_num=1");
        var original = list.GetProperty("records")[0];

        var (response, error) = await SendAsync(HttpMethod.Put, $"/Accounts/{Text(original, "id")}", new { name = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("missing_parameter", error.GetProperty("error").GetString());
        Assert.Equal(original.GetRawText(), (await GetAsync($"/Accounts/{Text(original, "id")}")).Body.GetRawText());
    }

    [Fact]
    public async Task Delete_Record_Returns200IdThenGetIs404()
    {
        var (_, list) = await GetAsync("/Leads?max_num=1");
        var id = Text(list.GetProperty("records")[0], "id");

        var (response, body) = await SendAsync(HttpMethod.Delete, $"/Leads/{id}");
        var (after, error) = await GetAsync($"/Leads/{id}");
        var count = await CountAsync("Leads");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, Text(body, "id"));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal("not_found", error.GetProperty("error").GetString());
        Assert.Equal(Options.RecordsPerModule - 1, count);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Record_UnknownId_Returns404NotFoundWithSugarsMessage(string method)
    {
        var (response, body) = await SendAsync(new HttpMethod(method), "/Cases/0000-missing", method == "PUT" ? new { name = "x" } : null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("not_found", body.GetProperty("error").GetString());
        Assert.Equal("Could not find record: 0000-missing in module: Cases", body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task Read_WithFields_ReturnsOnlyThose()
    {
        var (_, list) = await GetAsync("/Cases?max_num=1");
        var id = Text(list.GetProperty("records")[0], "id");

        var (_, record) = await GetAsync($"/Cases/{id}?fields=case_number,status");

        Assert.Equal(["_acl", "_module", "case_number", "date_modified", "id", "status"], record.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_BodyNotJson_Returns422InvalidParameter()
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "/Accounts", "{not json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("invalid_parameter", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Writes_InOneSimulator_DoNotReachAnotherStartedLater()
    {
        // Simulators in one process share the seeded records; a write must replace, never change, them.
        var (_, list) = await GetAsync("/Accounts?max_num=2");
        var (changed, deleted) = (Text(list.GetProperty("records")[0], "id"), Text(list.GetProperty("records")[1], "id"));
        await SendAsync(HttpMethod.Put, $"/Accounts/{changed}", new { name = "Changed Here Only" });
        await SendAsync(HttpMethod.Delete, $"/Accounts/{deleted}");

        await using var other = await Simulators.Hosting.SimulatorServer.StartAsync();
        using var otherHttp = SugarSandbox.Client(other);
        var (token, _) = await SugarSandbox.LoginAsync(otherHttp);
        var (_, fresh) = await SugarSandbox.GetAsync(otherHttp, $"/Accounts/{changed}", token);
        var (stillThere, _) = await SugarSandbox.GetAsync(otherHttp, $"/Accounts/{deleted}", token);

        Assert.Equal(Text(list.GetProperty("records")[0], "name"), Text(fresh, "name"));
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }
}
