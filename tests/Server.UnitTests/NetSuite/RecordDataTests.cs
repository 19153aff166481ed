using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OpenElements.Server.Connectors.Http;
using OpenElements.Server.Connectors.NetSuite;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>Seed size, determinism, paging walks and record bodies of the simulated record API.</summary>
public sealed class RecordDataTests : NetSuiteDataTest
{
    [Theory]
    [InlineData("customer")]
    [InlineData("contact")]
    [InlineData("opportunity")]
    [InlineData("supportCase")]
    public async Task Collection_AnyRecordType_AtLeast2000ReferencesOnly(string record)
    {
        var page = await GetJsonAsync($"{record}?limit=5");

        Assert.True(page.GetProperty("totalResults").GetInt32() >= 2000);
        var item = page.GetProperty("items")[0];
        Assert.Equal(["links", "id"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal($"{RecordBase}/{record}/{item.GetProperty("id").GetString()}", item.GetProperty("links")[0].GetProperty("href").GetString());
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(333)]
    public async Task Customers_WalkNextLinks_EveryRecordExactlyOnceInIdOrder(int limit)
    {
        var ids = await WalkAsync("customer", limit);

        Assert.Equal(RecordTypes.CustomerCount, ids.Count);
        Assert.Equal(Records(RecordTypes.Customer).Select(r => r.Id), ids);
    }

    [Fact]
    public async Task Opportunities_WalkWithQ_NextLinksKeepTheFilter()
    {
        var ids = await WalkAsync("opportunity", 250, q: "status ANY_OF [A, B]");

        var expected = Records(RecordTypes.Opportunity).Where(r => ((NsRef)r["status"]!).Id is "A" or "B").Select(r => r.Id).ToList();
        Assert.InRange(expected.Count, 251, RecordTypes.Opportunity.SeedCount - 1);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Seed_TwoSimulatorStarts_ServeIdenticalRecords()
    {
        await using var other = await SimulatorServer.StartAsync();
        using var otherHttp = OutboundRoutingHandler.CreateClient(other.BaseAddress, SimulatorCatalog.AllHosts);
        var signer = new OAuth1Signer(Tba["consumer_key"], Tba["consumer_secret"], Tba["token_id"], Tba["token_secret"], "1234567_SB1");
        foreach (var path in (string[])["customer/1234", "contact/4000", "opportunity/11111", "supportCase/21000"])
        {
            var uri = new Uri($"{RecordBase}/{path}");
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = signer.CreateHeader(HttpMethod.Get, uri, TimeProvider.System);
            using var response = await otherHttp.SendAsync(request);

            Assert.Equal((await GetJsonAsync(path)).GetRawText(), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetRawText());
        }
    }

    [Fact]
    public void Seed_AllFourRecordTypes_GeneratedQuickly()
    {
        // Best of three fresh stores: the first run pays for JIT, and a busy shared machine can stall any one run.
        var best = long.MaxValue;
        var total = 0;
        for (var run = 0; run < 3; run++)
        {
            var store = new RecordStore();
            var clock = Stopwatch.StartNew();
            total = RecordTypes.All.Sum(r => store.Table(r).Snapshot().Count);
            best = Math.Min(best, clock.ElapsedMilliseconds);
        }

        Assert.True(total >= 8000);
        // Each table is built on first use, so a start itself costs nothing. All four take well under
        // 200 ms on an idle machine; the bound is loose because the test machine is shared, and is there
        // to catch accidental quadratic work, not to benchmark.
        Assert.True(best < 1000, $"seeding took {best} ms");
    }

    [Fact]
    public void Customers_StageMix_LeadsProspectsAndCustomersAllPresent()
    {
        var stages = Records(RecordTypes.Customer).GroupBy(r => ((NsRef)r["entityStatus"]!).RefName.Split('-')[0]).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["CUSTOMER", "LEAD", "PROSPECT"], stages.Keys.Order());
        Assert.All(stages.Values, count => Assert.True(count > 400));
    }

    [Fact]
    public async Task Contact_ById_HasCompanyReferenceLinkingToCustomer()
    {
        var contact = await GetJsonAsync("contact/3001");
        var company = contact.GetProperty("company");
        var customer = await GetJsonAsync($"customer/{company.GetProperty("id").GetString()}");

        Assert.Equal($"{RecordBase}/customer/{company.GetProperty("id").GetString()}", company.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.Equal(customer.GetProperty("companyName").GetString(), company.GetProperty("refName").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", contact.GetProperty("lastModifiedDate").GetString());
    }

    [Fact]
    public async Task Opportunity_ById_CarriesTransactionFields()
    {
        var opportunity = await GetJsonAsync("opportunity/10001");

        Assert.Equal("1001", opportunity.GetProperty("tranId").GetString());
        Assert.True(opportunity.TryGetProperty("createdDate", out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", opportunity.GetProperty("expectedCloseDate").GetString());
        Assert.Equal(JsonValueKind.Number, opportunity.GetProperty("projectedTotal").ValueKind);
        Assert.Equal(0, opportunity.GetProperty("entityStatus").GetProperty("links").GetArrayLength());
    }

    [Fact]
    public async Task Customer_Fields_SelectsOnlyThoseAndLinks()
    {
        var customer = await GetJsonAsync("customer/107?fields=companyName,entityStatus&expandSubResources=true");

        Assert.Equal(["links", "companyName", "entityStatus"], customer.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Customer_PersonRecord_LeavesEmptyFieldsOut()
    {
        // Every tenth customer is a person: no company name, so the field is absent rather than null.
        var person = await GetJsonAsync("customer/116");

        Assert.True(person.GetProperty("isPerson").GetBoolean());
        Assert.False(person.TryGetProperty("companyName", out _));
        Assert.False(string.IsNullOrEmpty(person.GetProperty("lastName").GetString()));
    }

    [Theory]
    [InlineData("customer/107?fields=nope", HttpStatusCode.BadRequest, "INVALID_PARAMETER")]
    [InlineData("lead", HttpStatusCode.NotFound, "NONEXISTENT_ID")]
    [InlineData("supportCase/1", HttpStatusCode.NotFound, "NONEXISTENT_ID")]
    [InlineData("contact/abc", HttpStatusCode.NotFound, "NONEXISTENT_ID")]
    [InlineData("opportunity?offset=-1", HttpStatusCode.BadRequest, "INVALID_PARAMETER")]
    public async Task Get_BadTarget_AnswersNsError(string target, HttpStatusCode status, string code)
    {
        var (response, json) = await SendAsync(HttpMethod.Get, target);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, Code(json));
    }
}
