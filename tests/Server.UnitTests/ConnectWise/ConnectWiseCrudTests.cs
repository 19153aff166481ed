using System.Net;
using System.Text.Json;

namespace OpenElements.Server.UnitTests.ConnectWise;

public sealed class ConnectWiseCrudTests : ConnectWiseDataTest
{
    [Fact]
    public async Task CreateTicket_Minimal_Returns201WithDefaultsExpandedReferencesAndInfo()
    {
        var (_, company) = await GetAsync("/company/companies/2");

        var (response, ticket) = await SendAsync(HttpMethod.Post, "/service/tickets",
            new { summary = "Printer offline", company = new { id = 2 }, board = new { id = 1 }, initialDescription = "Since 9am", bogus = 1 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = ticket.GetProperty("id").GetInt32();
        Assert.Equal(Options.RecordsPerResource + 1, id);
        Assert.Equal("Printer offline", ticket.GetProperty("summary").GetString());
        Assert.Equal("ServiceTicket", ticket.GetProperty("recordType").GetString());
        Assert.Equal("New", ticket.GetProperty("status").GetProperty("name").GetString());
        Assert.Equal("Help Desk", ticket.GetProperty("board").GetProperty("name").GetString());
        Assert.Equal("Priority 3 - Normal Response", ticket.GetProperty("priority").GetProperty("name").GetString());
        Assert.Equal(company.GetProperty("identifier").GetString(), ticket.GetProperty("company").GetProperty("identifier").GetString());
        Assert.Equal(company.GetProperty("name").GetString(), ticket.GetProperty("company").GetProperty("name").GetString());
        Assert.False(ticket.GetProperty("closedFlag").GetBoolean());
        Assert.False(ticket.TryGetProperty("bogus", out _));
        var info = ticket.GetProperty("_info");
        Assert.Equal(info.GetProperty("dateEntered").GetString(), info.GetProperty("lastUpdated").GetString());
        Assert.True(info.GetProperty("lastUpdated").GetDateTime() > DateTime.UtcNow.AddMinutes(-1));
        Assert.Equal(ConnectWiseSandbox.User, info.GetProperty("updatedBy").GetString());

        var (_, fetched) = await GetAsync($"/service/tickets/{id}");
        Assert.Equal(ticket.GetRawText(), fetched.GetRawText());
        var (_, notes) = await GetAsync($"/service/tickets/{id}/notes");
        var note = Assert.Single(notes.EnumerateArray());
        Assert.Equal("Since 9am", note.GetProperty("text").GetString());
        Assert.True(note.GetProperty("detailDescriptionFlag").GetBoolean());
    }

    [Fact]
    public async Task CreateTicket_MissingRequiredFields_Returns400InvalidObjectWithOneErrorPerField()
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "/service/tickets", new { summary = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidObject", body.GetProperty("code").GetString());
        Assert.Equal("ticket object is invalid", body.GetProperty("message").GetString());
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["summary", "company"], errors.Select(e => e.GetProperty("field").GetString()));
        Assert.All(errors, e =>
        {
            Assert.Equal("NullOrEmpty", e.GetProperty("code").GetString());
            Assert.Equal("ticket", e.GetProperty("resource").GetString());
        });
        Assert.Equal("summary is required", errors[0].GetProperty("message").GetString());
        Assert.Equal(Options.RecordsPerResource, (await GetAsync("/service/tickets/count")).Body.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("/company/companies", """{"name":"No Identifier Inc"}""", "company", "identifier")]
    [InlineData("/company/contacts", """{"lastName":"Nobody"}""", "contact", "firstName")]
    [InlineData("/sales/opportunities", """{"name":"Deal","company":{"id":1},"contact":{"id":1}}""", "opportunity", "primarySalesRep")]
    [InlineData("/service/tickets", """{"summary":"x","company":{"id":999999}}""", "ticket", "company")]
    [InlineData("/service/tickets", """{"summary":"x","company":{"id":1},"status":{"id":7}}""", "ticket", "status")]
    public async Task Create_InvalidEntity_Returns400NamingTheField(string path, string body, string resource, string field)
    {
        var (response, error) = await SendAsync(HttpMethod.Post, path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidObject", error.GetProperty("code").GetString());
        var entry = Assert.Single(error.GetProperty("errors").EnumerateArray());
        Assert.Equal(resource, entry.GetProperty("resource").GetString());
        Assert.Equal(field, entry.GetProperty("field").GetString());
    }

    [Fact]
    public async Task CreateContact_WithCommunicationItems_AssignsIdsAndDefaultPhone()
    {
        var (response, contact) = await SendAsync(HttpMethod.Post, "/company/contacts", new
        {
            firstName = "Grace",
            lastName = "Hopper",
            company = new { identifier = (await GetAsync("/company/companies/3")).Body.GetProperty("identifier").GetString() },
            communicationItems = new object[]
            {
                new { type = new { id = 1 }, value = "grace@example.com", defaultFlag = true },
                new { type = new { name = "Direct" }, value = "5125550100" },
            },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, contact.GetProperty("company").GetProperty("id").GetInt32());
        var items = contact.GetProperty("communicationItems").EnumerateArray().ToList();
        Assert.All(items, i => Assert.True(i.GetProperty("id").GetInt32() > 0));
        Assert.Equal(["Email", "Phone"], items.Select(i => i.GetProperty("communicationType").GetString()));
        Assert.Equal("5125550100", contact.GetProperty("defaultPhoneNbr").GetString());
    }

    [Fact]
    public async Task Put_Company_ReplacesTheEntityKeepsEntryDateAndBumpsLastUpdated()
    {
        var (_, original) = await GetAsync("/company/companies/5");

        var (response, replaced) = await SendAsync(HttpMethod.Put, "/company/companies/5", new { identifier = "Replaced", name = "Replaced Co", city = "Boise" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, replaced.GetProperty("id").GetInt32());
        Assert.Equal("Replaced Co", replaced.GetProperty("name").GetString());
        Assert.Equal("Boise", replaced.GetProperty("city").GetString());
        Assert.False(replaced.TryGetProperty("website", out _));
        Assert.Equal("Active", replaced.GetProperty("status").GetProperty("name").GetString());
        Assert.Equal(original.GetProperty("_info").GetProperty("dateEntered").GetString(), replaced.GetProperty("_info").GetProperty("dateEntered").GetString());
        Assert.True(replaced.GetProperty("_info").GetProperty("lastUpdated").GetDateTime() > original.GetProperty("_info").GetProperty("lastUpdated").GetDateTime());
        Assert.Equal(replaced.GetRawText(), (await GetAsync("/company/companies/5")).Body.GetRawText());
    }

    [Fact]
    public async Task Patch_Summary_ChangesOnlyThatFieldAndBumpsLastUpdated()
    {
        var (_, original) = await GetAsync("/service/tickets/12");

        var (response, patched) = await SendAsync(HttpMethod.Patch, "/service/tickets/12", new[] { new { op = "replace", path = "summary", value = "New text" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("New text", patched.GetProperty("summary").GetString());
        foreach (var field in (string[])["company", "board", "status", "priority", "contactName"])
        {
            Assert.Equal(original.GetProperty(field).GetRawText(), patched.GetProperty(field).GetRawText());
        }

        Assert.True(patched.GetProperty("_info").GetProperty("lastUpdated").GetDateTime() > original.GetProperty("_info").GetProperty("lastUpdated").GetDateTime());
    }

    [Fact]
    public async Task Patch_StatusToAClosedOne_ClosesTheTicket()
    {
        var (_, open) = await GetAsync("/service/tickets?conditions=" + Escape("closedFlag = false and board/id = 1") + "&pageSize=1");
        var id = open[0].GetProperty("id").GetInt32();

        var (response, closed) = await SendAsync(HttpMethod.Patch, $"/service/tickets/{id}", new object[] { new { op = "replace", path = "/status", value = new { id = 6 } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Closed", closed.GetProperty("status").GetProperty("name").GetString());
        Assert.True(closed.GetProperty("closedFlag").GetBoolean());
        Assert.Equal(ConnectWiseSandbox.User, closed.GetProperty("closedBy").GetString());
        Assert.Equal(JsonValueKind.String, closed.GetProperty("closedDate").ValueKind);
    }

    [Theory]
    [InlineData("""{"op":"replace","path":"summary","value":"x"}""", "BadRequest")]
    [InlineData("""[{"op":"move","path":"summary","value":"x"}]""", "BadRequest")]
    [InlineData("""[{"op":"replace","path":"shoeSize","value":9}]""", "BadRequest")]
    [InlineData("""[{"op":"remove","path":"summary"}]""", "InvalidObject")]
    [InlineData("[{\"op\":\"replace\",\"path\":", "BadRequest")]
    public async Task Patch_Invalid_Returns400AndLeavesTheTicket(string body, string code)
    {
        var (_, original) = await GetAsync("/service/tickets/3");

        var (response, error) = await SendAsync(HttpMethod.Patch, "/service/tickets/3", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(original.GetRawText(), (await GetAsync("/service/tickets/3")).Body.GetRawText());
    }

    [Fact]
    public async Task Delete_Opportunity_Returns204ThenGetAndDeleteAre404()
    {
        var (response, _) = await SendAsync(HttpMethod.Delete, "/sales/opportunities/9");
        var (get, body) = await GetAsync("/sales/opportunities/9");
        var (again, _) = await SendAsync(HttpMethod.Delete, "/sales/opportunities/9");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("Opportunity ID 9 not found", body.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(Options.RecordsPerResource - 1, (await GetAsync("/sales/opportunities/count")).Body.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("GET", "/company/contacts/0", "Contact ID 0 not found")]
    [InlineData("PUT", "/service/tickets/999999", "Ticket ID 999999 not found")]
    [InlineData("PATCH", "/company/companies/999999", "Company ID 999999 not found")]
    public async Task Entity_UnknownId_Returns404NotFound(string method, string path, string message)
    {
        var body = method == "PATCH" ? (object)new[] { new { op = "replace", path = "name", value = "x" } } : new { summary = "x", company = new { id = 1 } };

        var (response, error) = await SendAsync(new HttpMethod(method), path, method == "GET" ? null : body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", error.GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task CreateNote_OnTicket_Returns201AndIsListed()
    {
        var (response, note) = await SendAsync(HttpMethod.Post, "/service/tickets/4/notes", new { text = "Rebooted the router.", internalAnalysisFlag = true, member = new { identifier = "jsmith" } });
        var (_, notes) = await GetAsync("/service/tickets/4/notes?conditions=" + Escape("internalFlag = true and text contains \"router\""));
        var (missing, _) = await SendAsync(HttpMethod.Post, "/service/tickets/999999/notes", new { text = "x" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(4, note.GetProperty("ticketId").GetInt32());
        Assert.Equal("John Smith", note.GetProperty("member").GetProperty("name").GetString());
        Assert.False(note.GetProperty("externalFlag").GetBoolean());
        Assert.Contains(notes.EnumerateArray(), n => n.GetProperty("id").GetInt32() == note.GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task CreateOpportunity_Complete_ClosedStatusSetsClosedFields()
    {
        var (response, opportunity) = await SendAsync(HttpMethod.Post, "/sales/opportunities", new
        {
            name = "Firewall refresh",
            company = new { id = 1 },
            contact = new { id = 1 },
            primarySalesRep = new { id = 2 },
            status = new { name = "Won" },
            expectedCloseDate = "2025-09-30T00:00:00Z",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Ana Garcia", opportunity.GetProperty("primarySalesRep").GetProperty("name").GetString());
        Assert.Equal(2, opportunity.GetProperty("status").GetProperty("id").GetInt32());
        Assert.True(opportunity.GetProperty("closedFlag").GetBoolean());
        Assert.Equal(JsonValueKind.String, opportunity.GetProperty("closedDate").ValueKind);
        Assert.Equal("1.Prospect", opportunity.GetProperty("stage").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_ThenConditionsOnLastUpdated_FindsOnlyTheNewEntity()
    {
        var (_, created) = await SendAsync(HttpMethod.Post, "/company/companies", new { identifier = "PollProbe", name = "Poll Probe" });
        var since = Options.SeedEnd.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

        var found = await AllAsync("company/companies", $"&conditions={Escape($"lastUpdated > [{since}]")}&orderBy=id%20asc");

        Assert.Equal([created.GetProperty("id").GetInt32()], Ids(found));
    }

    [Fact]
    public async Task Writes_InOneSimulator_DoNotReachAnotherStartedLater()
    {
        // Simulators in one process share the seeded entities; a write must replace, never change, them.
        var (_, original) = await GetAsync("/service/tickets/20");
        await SendAsync(HttpMethod.Patch, "/service/tickets/20", new[] { new { op = "replace", path = "summary", value = "Changed here only" } });
        await SendAsync(HttpMethod.Delete, "/service/tickets/21");

        await using var other = await Simulators.Hosting.SimulatorServer.StartAsync();
        using var otherHttp = ConnectWiseSandbox.Client(other);
        using var fresh = await otherHttp.SendAsync(ConnectWiseSandbox.Rest($"{Api}/service/tickets/20"));
        using var stillThere = await otherHttp.SendAsync(ConnectWiseSandbox.Rest($"{Api}/service/tickets/21"));

        Assert.Equal(original.GetRawText(), await fresh.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }
}
