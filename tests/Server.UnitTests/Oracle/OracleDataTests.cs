using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpenElements.Server.Connectors.Http;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

/// <summary>Seed size and determinism, paging walks, orderBy and fields on the Oracle resources.</summary>
public sealed class OracleDataTests : OracleDataTest
{
    [Theory]
    [InlineData("accounts", "PartyNumber")]
    [InlineData("contacts", "PartyNumber")]
    [InlineData("leads", "LeadId")]
    [InlineData("opportunities", "OptyNumber")]
    public async Task Collection_TotalResults_AtLeast2000WithKeyAndAuditColumns(string resource, string key)
    {
        var page = await GetJsonAsync(Resource(resource + "?totalResults=true&limit=3"));

        Assert.True(page.GetProperty("totalResults").GetInt32() >= 2000);
        var item = page.GetProperty("items")[0];
        Assert.False(string.IsNullOrEmpty(item.GetProperty(key).ToString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", item.GetProperty("CreationDate").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", item.GetProperty("LastUpdateDate").GetString());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("CreatedBy").GetString()));
        Assert.False(string.IsNullOrEmpty(item.GetProperty("LastUpdatedBy").GetString()));
        var self = item.GetProperty("links")[0].GetProperty("href").GetString();
        Assert.Equal(Resource($"{resource}/{item.GetProperty(key)}"), self);
        Assert.Contains(item.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "child");
    }

    [Fact]
    public async Task Seed_TwoSimulatorStarts_ServeIdenticalPages()
    {
        await using var other = await SimulatorServer.StartAsync();
        using var otherHttp = OutboundRoutingHandler.CreateClient(other.BaseAddress, SimulatorCatalog.AllHosts);
        foreach (var resource in (string[])["accounts", "contacts", "leads", "opportunities"])
        {
            var url = Resource(resource + "?offset=1234&limit=40");
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Sandbox["username"]}:{Sandbox["password"]}")));
            using var response = await otherHttp.SendAsync(request);

            Assert.Equal((await GetJsonAsync(url)).GetRawText(), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetRawText());
        }
    }

    [Fact]
    public void Seed_AllFourResources_GeneratedQuickly()
    {
        // Best of three fresh stores: the first run pays for JIT, and a busy shared machine can stall any one run.
        var best = long.MaxValue;
        var total = 0;
        for (var run = 0; run < 3; run++)
        {
            var store = new OracleStore();
            var clock = Stopwatch.StartNew();
            total = OracleResources.All.Sum(r => store.Table(r).Snapshot().Count);
            best = Math.Min(best, clock.ElapsedMilliseconds);
        }

        Assert.True(total >= 8000);
        // Each table is built on first use, so a start itself costs nothing. All four take well under
        // 200 ms on an idle machine; the bound is loose because the test machine is shared, and is there
        // to catch accidental quadratic work, not to benchmark.
        Assert.True(best < 1000, $"seeding took {best} ms");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(97)]
    public async Task Accounts_WalkAllPages_EveryRecordExactlyOnceInIdOrder(int pageSize)
    {
        var items = await WalkAsync("accounts", "onlyData=true&fields=PartyNumber", pageSize);

        var keys = items.Select(i => i.GetProperty("PartyNumber").GetString()).ToList();
        Assert.Equal(OracleResources.AccountCount, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(Rows(OracleResources.Accounts).Select(r => (string)r["PartyNumber"]!), keys);
    }

    [Fact]
    public async Task Opportunities_WalkWithFilterAndOrder_EveryMatchExactlyOnce()
    {
        var items = await WalkAsync("opportunities", $"onlyData=true&fields=OptyNumber&orderBy=Revenue:desc&q={Uri.EscapeDataString("StatusCode = 'OPEN'")}", 150, framework: 2);

        var expected = Rows(OracleResources.Opportunities).Where(r => (string)r["StatusCode"]! == "OPEN").Select(r => (string)r["OptyNumber"]!).Order();
        Assert.Equal(expected, items.Select(i => i.GetProperty("OptyNumber").GetString()!).Order());
    }

    [Fact]
    public async Task Opportunities_OrderByTwoAttributes_SortedLikeLinq()
    {
        var items = await WalkAsync("opportunities", "onlyData=true&fields=OptyNumber,SalesStage,Revenue&orderBy=SalesStage:desc,Revenue", 500);

        var expected = Rows(OracleResources.Opportunities)
            .OrderByDescending(r => (string)r["SalesStage"]!, StringComparer.Ordinal)
            .ThenBy(r => (decimal)r["Revenue"]!)
            .Select(r => (string)r["OptyNumber"]!);
        Assert.Equal(expected, items.Select(i => i.GetProperty("OptyNumber").GetString()!));
    }

    [Fact]
    public async Task Accounts_Fields_ItemsCarryOnlyThoseAttributesAndLinks()
    {
        var page = await GetJsonAsync(Resource("accounts?fields=PartyNumber,City&limit=5"));

        Assert.All(page.GetProperty("items").EnumerateArray(),
            i => Assert.Equal(["PartyNumber", "City", "links"], i.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Account_FieldsOnItem_SelectsAttributes()
    {
        var item = await GetJsonAsync(Resource("accounts/CDRM_1001?fields=OrganizationName&onlyData=true"));

        Assert.Equal(["OrganizationName"], item.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("accounts?orderBy=Nope:asc", "orderBy")]
    [InlineData("accounts?orderBy=City:sideways", "orderBy")]
    [InlineData("accounts?fields=PartyNumber,partynumber", "fields")]
    public async Task Accounts_BadOrderByOrFields_Answers400NamingTheParameter(string path, string parameter)
    {
        using var response = await SendAsync(HttpMethod.Get, Resource(path));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith($"URL request parameter {parameter} with value", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Contacts_SeedReferences_PointAtRealAccounts()
    {
        var contact = await GetJsonAsync(Resource("contacts?limit=1&offset=2060"));
        var item = contact.GetProperty("items")[0];
        var account = Rows(OracleResources.Accounts).Single(r => (long)r["PartyId"]! == item.GetProperty("AccountPartyId").GetInt64());

        Assert.Equal(account["OrganizationName"], item.GetProperty("AccountName").GetString());
        Assert.EndsWith("@" + ((string)account["EmailAddress"]!).Split('@')[1], item.GetProperty("EmailAddress").GetString());
    }
}
