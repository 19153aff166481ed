using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.SugarCrm;

public sealed class SugarListTests : SugarRecordsTest
{
    [Theory]
    [InlineData("Accounts")]
    [InlineData("Contacts")]
    [InlineData("Leads")]
    [InlineData("Opportunities")]
    [InlineData("Cases")]
    public async Task Count_SeededModule_HasAtLeast2000Records(string module)
    {
        var (response, body) = await GetAsync($"/{module}/count");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("record_count").GetInt32() >= 2000);
    }

    [Fact]
    public async Task List_TwoStarts_ReturnTheSameFirstPage()
    {
        var (_, first) = await GetAsync("/Contacts?max_num=50");
        await using var other = await SimulatorServer.StartAsync();
        using var otherHttp = SugarSandbox.Client(other);
        var (token, _) = await SugarSandbox.LoginAsync(otherHttp);

        var (_, second) = await SugarSandbox.GetAsync(otherHttp, "/Contacts?max_num=50", token);

        Assert.Equal(50, first.GetProperty("records").GetArrayLength());
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task List_NoArguments_Returns20NewestFirstWithNextOffset()
    {
        var (response, body) = await GetAsync("/Accounts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, body.GetProperty("next_offset").GetInt32());
        var modified = body.GetProperty("records").EnumerateArray().Select(r => DateTimeOffset.Parse(r.GetProperty("date_modified").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(20, modified.Count);
        Assert.Equal(modified.OrderDescending(), modified);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    public async Task List_WalkingNextOffset_ReturnsEveryRecordExactlyOnce(int maxNum)
    {
        var (_, count) = await GetAsync("/Contacts/count");
        var seen = new List<string>();
        var offset = 0;
        while (offset >= 0)
        {
            var (_, body) = await GetAsync($"/Contacts?max_num={maxNum}&offset={offset}&fields=id");
            seen.AddRange(body.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
            offset = body.GetProperty("next_offset").GetInt32();
        }

        Assert.Equal(count.GetProperty("record_count").GetInt32(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task List_MaxNumOverTheCap_IsLoweredToMaxRecordFetchSize()
    {
        Options.MaxRecordFetchSize = 30;

        var (_, body) = await GetAsync("/Leads?max_num=500");

        Assert.Equal(30, body.GetProperty("records").GetArrayLength());
        Assert.Equal(30, body.GetProperty("next_offset").GetInt32());
    }

    [Fact]
    public async Task List_OffsetEnd_ReturnsNoRecordsAndMinusOne()
    {
        var (_, body) = await GetAsync("/Leads?offset=end");

        Assert.Equal(-1, body.GetProperty("next_offset").GetInt32());
        Assert.Equal(0, body.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task List_Fields_ReturnsThoseFieldsPlusTheOnesSugarAlwaysSends()
    {
        var (_, body) = await GetAsync("/Contacts?fields=first_name,email,no_such_field&max_num=3");

        foreach (var record in body.GetProperty("records").EnumerateArray())
        {
            Assert.Equal(["_acl", "_module", "date_modified", "email", "first_name", "id"],
                record.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task List_OrderByTwoFields_SortsByBothThenById()
    {
        var (_, body) = await GetAsync("/Contacts?order_by=last_name:ASC,first_name:DESC&max_num=300&fields=first_name,last_name");

        var rows = body.GetProperty("records").EnumerateArray()
            .Select(r => (Last: Text(r, "last_name")!, First: Text(r, "first_name")!, Id: Text(r, "id")!)).ToList();
        var expected = rows.OrderBy(r => r.Last, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(r => r.First, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal);
        Assert.Equal(expected, rows);
        Assert.True(rows.Select(r => r.Last).Distinct().Count() > 1);
    }

    [Fact]
    public async Task List_OrderByNumberField_SortsAsNumbersNotText()
    {
        var (_, body) = await GetAsync("/Opportunities?order_by=amount:DESC&max_num=200&fields=amount");

        var amounts = body.GetProperty("records").EnumerateArray().Select(r => decimal.Parse(Text(r, "amount")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(amounts.OrderDescending(), amounts);
    }

    [Fact]
    public async Task List_OrderByUnknownField_Returns422InvalidParameter()
    {
        var (response, body) = await GetAsync("/Accounts?order_by=shoe_size:ASC");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("invalid_parameter", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Count_WithFilter_MatchesTheNumberOfFilteredRecords()
    {
        const string filter = """[{"account_type":{"$equals":"Customer"}}]""";
        var records = await FilterAsync("Accounts", filter);

        var (getResponse, getCount) = await GetAsync($"/Accounts/count?filter={Uri.EscapeDataString(filter)}");
        var (_, postCount) = await SendAsync(HttpMethod.Post, "/Accounts/filter/count", $$"""{"filter":{{filter}}}""");

        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        Assert.InRange(records.Count, 1, 1999);
        Assert.Equal(records.Count, getCount.GetProperty("record_count").GetInt32());
        Assert.Equal(records.Count, postCount.GetProperty("record_count").GetInt32());
    }

    [Theory]
    [InlineData("/Widgets", "Could not find a route with 1 elements")]
    [InlineData("/Widgets/filter", "Could not find a route with 2 elements")]
    [InlineData("/contacts", "Could not find a route with 1 elements")]
    [InlineData("/Contacts/a/b/c", "Could not find a route with 4 elements")]
    public async Task List_UnknownModuleOrRoute_Returns404NoMethodEvenWithoutToken(string path, string message)
    {
        var (response, body) = await SendAsync(HttpMethod.Get, path, token: "");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no_method", body.GetProperty("error").GetString());
        Assert.Equal(message, body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task List_NoToken_Returns401NeedLogin()
    {
        var (response, body) = await SendAsync(HttpMethod.Get, "/Accounts", token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("need_login", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("Accounts")]
    [InlineData("Contacts")]
    [InlineData("Leads")]
    [InlineData("Opportunities")]
    [InlineData("Cases")]
    public async Task Records_EveryModule_CarrySugarsCommonFieldsAndOneOffset(string module)
    {
        var (_, body) = await GetAsync($"/{module}?max_num=200");

        var end = Options.SeedEnd;
        foreach (var record in body.GetProperty("records").EnumerateArray())
        {
            Assert.True(Guid.TryParseExact(Text(record, "id"), "D", out _));
            Assert.False(string.IsNullOrEmpty(Text(record, "name")));
            Assert.Matches(DateTimePattern, Text(record, "date_entered"));
            Assert.Matches(DateTimePattern, Text(record, "date_modified"));
            var entered = DateTimeOffset.Parse(Text(record, "date_entered")!, CultureInfo.InvariantCulture);
            var modified = DateTimeOffset.Parse(Text(record, "date_modified")!, CultureInfo.InvariantCulture);
            Assert.InRange(entered, end.AddYears(-2).AddDays(-1), modified);
            Assert.True(modified <= end);
            Assert.False(record.GetProperty("deleted").GetBoolean());
            Assert.Equal(JsonValueKind.Object, record.GetProperty("_acl").GetProperty("fields").ValueKind);
            Assert.Equal(module, Text(record, "_module"));
            foreach (var field in (string[])["modified_user_id", "created_by", "assigned_user_id"])
            {
                Assert.False(string.IsNullOrEmpty(Text(record, field)));
            }
        }
    }

    [Theory]
    [InlineData("Contacts")]
    [InlineData("Leads")]
    public async Task Records_People_HaveFullNameAndAPrimaryEmailFromTheirName(string module)
    {
        var (_, body) = await GetAsync($"/{module}?max_num=100");

        foreach (var record in body.GetProperty("records").EnumerateArray())
        {
            var (first, last) = (Text(record, "first_name")!, Text(record, "last_name")!);
            Assert.Equal($"{first} {last}", Text(record, "name"));
            var email = Assert.Single(record.GetProperty("email").EnumerateArray());
            Assert.True(email.GetProperty("primary_address").GetBoolean());
            Assert.Equal(Text(record, "email1"), email.GetProperty("email_address").GetString());
            Assert.StartsWith($"{first.ToLowerInvariant()}.", Text(record, "email1"));
            Assert.Matches(@"^\(\d{3}\) 555-\d{4}$", Text(record, "phone_work"));
        }
    }

    [Fact]
    public async Task Records_Contacts_PointAtSeededAccounts()
    {
        var accounts = (await AllAsync("Accounts")).ToDictionary(a => Text(a, "id")!, a => Text(a, "name"));
        var (_, body) = await GetAsync("/Contacts?max_num=100");

        foreach (var contact in body.GetProperty("records").EnumerateArray())
        {
            Assert.Equal(accounts[Text(contact, "account_id")!], Text(contact, "account_name"));
        }
    }
}
