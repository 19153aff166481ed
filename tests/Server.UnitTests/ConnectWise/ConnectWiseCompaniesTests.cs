using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenElements.Simulators.ConnectWise;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.ConnectWise;

public class ConnectWiseCompaniesTests
{
    private const string Companies = "/v4_6_release/apis/3.0/company/companies";
    private const string Base = $"https://{ConnectWiseSandbox.Host}{Companies}";

    private static readonly int SeedCount = new ConnectWiseSimulatorOptions().RecordsPerResource;

    [Fact]
    public async Task Companies_NoPagingParameters_ReturnsFirst25WithNextAndLastLinks()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest(Companies));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = await IdsAsync(response);
        Assert.Equal(Enumerable.Range(1, 25), ids);
        var last = (SeedCount + 24) / 25;
        Assert.Equal(
            $"<{Base}?pageSize=25&page=2>; rel=\"next\", <{Base}?pageSize=25&page={last}>; rel=\"last\"",
            Assert.Single(response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task Companies_MiddlePage_LinksAllFourWaysAndKeepsOtherParameters()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest($"{Companies}?orderBy=id%20asc&page=3&pageSize=10"));

        Assert.Equal(Enumerable.Range(21, 10), await IdsAsync(response));
        var link = Assert.Single(response.Headers.GetValues("Link"));
        var last = (SeedCount + 9) / 10;
        Assert.Equal(
            $"<{Base}?orderBy=id%20asc&pageSize=10&page=1>; rel=\"first\", "
            + $"<{Base}?orderBy=id%20asc&pageSize=10&page=2>; rel=\"prev\", "
            + $"<{Base}?orderBy=id%20asc&pageSize=10&page=4>; rel=\"next\", "
            + $"<{Base}?orderBy=id%20asc&pageSize=10&page={last}>; rel=\"last\"",
            link);
    }

    [Fact]
    public async Task Companies_LastPage_HasNoNextLink()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);
        var last = (SeedCount + 49) / 50;

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest($"{Companies}?pageSize=50&page={last}"));

        var ids = await IdsAsync(response);
        Assert.Equal(SeedCount, ids[^1]);
        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.DoesNotContain("rel=\"next\"", link);
        Assert.Contains($"page={last - 1}>; rel=\"prev\"", link);
    }

    [Fact]
    public async Task Companies_FollowingNextLinks_VisitsEveryCompanyOnce()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);
        var seen = new List<int>();
        string? next = $"{Companies}?pageSize=50";

        while (next is not null)
        {
            using var response = await http.SendAsync(ConnectWiseSandbox.Rest(next));
            seen.AddRange(await IdsAsync(response));
            var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : "";
            var match = Regex.Match(link, "<https://[^/]+(?<next>[^>]+)>; rel=\"next\"");
            next = match.Success ? match.Groups["next"].Value : null;
        }

        Assert.Equal(Enumerable.Range(1, SeedCount), seen);
    }

    [Fact]
    public async Task Companies_PageSizeOverMaximum_IsCappedAt1000()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest($"{Companies}?pageSize=5000"));

        Assert.Equal(Enumerable.Range(1, 1000), await IdsAsync(response));
        Assert.Contains($"<{Base}?pageSize=1000&page=2>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task Company_ExistingId_ReturnsRecordWithInfo()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest($"{Companies}/7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var company = doc.RootElement;
        Assert.Equal(7, company.GetProperty("id").GetInt32());
        Assert.False(string.IsNullOrEmpty(company.GetProperty("identifier").GetString()));
        Assert.Contains(company.GetProperty("status").GetProperty("name").GetString(), new[] { "Active", "Inactive", "Not Approved" });
        Assert.EndsWith("Z", company.GetProperty("_info").GetProperty("lastUpdated").GetString());
        Assert.True(company.GetProperty("_info").GetProperty("lastUpdated").GetDateTime()
                    >= company.GetProperty("_info").GetProperty("dateEntered").GetDateTime());
    }

    [Fact]
    public async Task Company_UnknownId_Returns404InConnectWiseShape()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest($"{Companies}/999999"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NotFound", doc.RootElement.GetProperty("code").GetString());
        Assert.Equal("Company ID 999999 not found", doc.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task CompaniesCount_Authenticated_ReturnsSeedCount()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest($"{Companies}/count"));

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SeedCount, doc.RootElement.GetProperty("count").GetInt32());
    }

    private static async Task<List<int>> IdsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. doc.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetInt32())];
    }
}
