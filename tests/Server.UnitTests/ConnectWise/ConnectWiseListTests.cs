using System.Net;
using System.Text.Json;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.ConnectWise;

public sealed class ConnectWiseListTests : ConnectWiseDataTest
{
    [Theory]
    [InlineData("company/companies")]
    [InlineData("company/contacts")]
    [InlineData("sales/opportunities")]
    [InlineData("service/tickets")]
    public async Task Count_SeededResource_HasAtLeast2000Records(string resource)
    {
        var (response, body) = await GetAsync($"/{resource}/count");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("count").GetInt32() >= 2000);
    }

    [Fact]
    public async Task List_TwoStarts_ReturnTheSameFirstPage()
    {
        var (_, first) = await GetAsync("/service/tickets?pageSize=100");
        await using var other = await SimulatorServer.StartAsync();
        using var otherHttp = ConnectWiseSandbox.Client(other);

        using var response = await otherHttp.SendAsync(ConnectWiseSandbox.Rest($"{Api}/service/tickets?pageSize=100"));

        Assert.Equal(100, first.GetArrayLength());
        Assert.Equal(first.GetRawText(), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("company/contacts", 250)]
    [InlineData("sales/opportunities", 1000)]
    public async Task List_FollowingNextLinks_VisitsEveryRecordExactlyOnce(string resource, int pageSize)
    {
        var (_, count) = await GetAsync($"/{resource}/count");

        var all = await AllAsync(resource, "&fields=id", pageSize);

        Assert.Equal(Enumerable.Range(1, count.GetProperty("count").GetInt32()), all.Select(e => e.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task List_OrderByDescending_SortsWithoutRegardToCaseThenById()
    {
        var all = await AllAsync("company/companies", "&orderBy=city%20desc,%20name&fields=id,city,name");

        var rows = all.Select(c => (City: c.GetProperty("city").GetString()!, Name: c.GetProperty("name").GetString()!, Id: c.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(rows.OrderByDescending(r => r.City, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id), rows);
    }

    [Fact]
    public async Task List_OrderBySlashPathAndNumber_SortsByReferencedValue()
    {
        var all = await AllAsync("company/contacts", "&orderBy=company/id%20desc,id%20asc&fields=id,company/id");

        var keys = all.Select(c => (Company: c.GetProperty("company").GetProperty("id").GetInt32(), Id: c.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Company).ThenBy(k => k.Id), keys);
    }

    [Fact]
    public async Task List_Fields_KeepsOnlyTheNamedPathsNested()
    {
        var (_, body) = await GetAsync("/company/contacts?pageSize=5&fields=id,firstName,company/name,communicationItems/value,_info/lastUpdated");

        foreach (var contact in body.EnumerateArray())
        {
            Assert.Equal(["_info", "communicationItems", "company", "firstName", "id"], contact.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(["name"], contact.GetProperty("company").EnumerateObject().Select(p => p.Name));
            Assert.Equal(["lastUpdated"], contact.GetProperty("_info").EnumerateObject().Select(p => p.Name));
            Assert.All(contact.GetProperty("communicationItems").EnumerateArray(), i => Assert.Equal(["value"], i.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public async Task List_PageSizeOverMaximum_IsCappedAt1000()
    {
        var (response, body) = await GetAsync("/service/tickets?pageSize=5000");

        Assert.Equal(1000, body.GetArrayLength());
        Assert.Equal("/service/tickets?pageSize=1000&page=2", NextLink(response));
    }

    [Fact]
    public async Task List_PageBeyondTheLast_IsEmpty()
    {
        var (response, body) = await GetAsync("/service/tickets?pageSize=1000&page=9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetArrayLength());
        Assert.Null(NextLink(response));
    }

    [Fact]
    public async Task Entities_Seeded_HaveRealisticShapesAndUtcInfoTimes()
    {
        var (_, contacts) = await GetAsync("/company/contacts?pageSize=50");
        var (_, tickets) = await GetAsync("/service/tickets?pageSize=50");
        var (_, opportunities) = await GetAsync("/sales/opportunities?pageSize=50");

        foreach (var entity in contacts.EnumerateArray().Concat(tickets.EnumerateArray()).Concat(opportunities.EnumerateArray()))
        {
            var info = entity.GetProperty("_info");
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", info.GetProperty("lastUpdated").GetString());
            Assert.True(info.GetProperty("lastUpdated").GetDateTime() >= info.GetProperty("dateEntered").GetDateTime());
            Assert.False(string.IsNullOrEmpty(info.GetProperty("updatedBy").GetString()));
            Assert.True(entity.GetProperty("company").GetProperty("id").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(entity.GetProperty("company").GetProperty("identifier").GetString()));
        }

        foreach (var contact in contacts.EnumerateArray())
        {
            var email = contact.GetProperty("communicationItems").EnumerateArray().Single(i => i.GetProperty("communicationType").GetString() == "Email");
            Assert.StartsWith(contact.GetProperty("firstName").GetString()!.ToLowerInvariant() + ".", email.GetProperty("value").GetString());
            Assert.Matches(@"^\d{10}$", contact.GetProperty("defaultPhoneNbr").GetString());
        }

        foreach (var ticket in tickets.EnumerateArray())
        {
            Assert.Equal("ServiceTicket", ticket.GetProperty("recordType").GetString());
            Assert.Equal(ticket.GetProperty("closedFlag").GetBoolean(), ticket.GetProperty("closedDate").ValueKind == JsonValueKind.String);
            Assert.EndsWith($"/service/tickets/{ticket.GetProperty("id").GetInt32()}/notes", ticket.GetProperty("_info").GetProperty("notes_href").GetString());
        }
    }

    [Fact]
    public async Task Notes_SeededTicket_ListsItsNotesWithTheDescriptionFirst()
    {
        var (response, notes) = await GetAsync("/service/tickets/7/notes");
        var (_, count) = await GetAsync("/service/tickets/7/notes/count");
        var first = notes[0].GetProperty("id").GetInt32();
        var (_, one) = await GetAsync($"/service/tickets/7/notes/{first}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(notes[0].GetProperty("detailDescriptionFlag").GetBoolean());
        Assert.All(notes.EnumerateArray(), n => Assert.Equal(7, n.GetProperty("ticketId").GetInt32()));
        Assert.Equal(notes.GetArrayLength(), count.GetProperty("count").GetInt32());
        Assert.Equal(notes[0].GetRawText(), one.GetRawText());
    }

    [Theory]
    [InlineData("/service/tickets/999999/notes", "Ticket ID 999999 not found")]
    [InlineData("/service/boards/99/statuses", "Board ID 99 not found")]
    [InlineData("/service/priorities/42", "Priority ID 42 not found")]
    public async Task SubResource_MissingParentOrId_Returns404(string path, string message)
    {
        var (response, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", body.GetProperty("code").GetString());
        Assert.Equal(message, body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Setup_PrioritiesBoardsAndStatuses_AreListed()
    {
        var (_, priorities) = await GetAsync("/service/priorities");
        var (_, boards) = await GetAsync("/service/boards");
        var (_, statuses) = await GetAsync("/service/boards/1/statuses?conditions=closedStatus%20=%20true");

        Assert.Equal(5, priorities.GetArrayLength());
        Assert.Single(priorities.EnumerateArray(), p => p.GetProperty("defaultFlag").GetBoolean());
        Assert.Contains(boards.EnumerateArray(), b => b.GetProperty("name").GetString() == "Help Desk");
        Assert.Equal(["Resolved", "Closed"], statuses.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.All(statuses.EnumerateArray(), s => Assert.Equal(1, s.GetProperty("board").GetProperty("id").GetInt32()));
    }
}
