using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

public sealed class OracleSimulatorTests : LiveSimulatorTest
{
    private static readonly IReadOnlyDictionary<string, string> Sandbox = SandboxCredentials.Load().For("oraclesalescloud");
    private static readonly string Site = "https://" + Sandbox["site.url"];
    private static readonly string Accounts = Site + "/crmRestApi/resources/11.13.18.05/accounts";

    [Fact]
    public async Task Versions_SandboxCredentials_ListsOneLatestVersion()
    {
        using var json = await GetJsonAsync(Site + "/crmRestApi/resources/");

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var latest = Assert.Single(items, i => i.GetProperty("isLatest").GetBoolean());
        Assert.Equal("11.13.18.05", latest.GetProperty("version").GetString());
        Assert.Equal("3", latest.GetProperty("adf:extension").GetProperty("defaultFrameworkVersion").GetString());
        Assert.True(items.Count > 1);
    }

    [Theory]
    [InlineData("Wrong-Pass1")]
    [InlineData(null)]
    public async Task Versions_WrongOrNoCredentials_Answers401WithBasicChallengeAndNoBody(string? password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Site + "/crmRestApi/resources/");
        if (password is not null)
        {
            request.Headers.Authorization = Basic(Sandbox["username"], password);
        }

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Basic", challenge.Scheme);
        Assert.Equal("realm=\"owsm\"", challenge.Parameter);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Versions_UnauthorizedBodyConfigured_Answers401WithThatText()
    {
        Service<IOptions<OracleSimulatorOptions>>().Value.UnauthorizedBody = "Authentication failed.";

        using var response = await SendAsync(Site + "/crmRestApi/resources/", password: "Wrong-Pass1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authentication failed.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPath_NoCredentials_Answers401BeforeNotFound()
    {
        using var anonymous = await Http.GetAsync(Site + "/no/such/path");
        using var signedIn = await SendAsync(Site + "/no/such/path");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
    }

    [Fact]
    public async Task Accounts_DefaultPaging_AnswersFirst25InCollectionEnvelope()
    {
        using var response = await SendAsync(Accounts);
        Assert.Equal(OracleJson.CollectionType, response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = json.RootElement;
        Assert.Equal(["items", "count", "hasMore", "limit", "offset", "links"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(25, root.GetProperty("items").GetArrayLength());
        Assert.Equal(25, root.GetProperty("count").GetInt32());
        Assert.True(root.GetProperty("hasMore").GetBoolean());
        Assert.Equal(25, root.GetProperty("limit").GetInt32());
        Assert.Equal(0, root.GetProperty("offset").GetInt32());
        var self = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal(Accounts, self.GetProperty("href").GetString());
        var first = root.GetProperty("items")[0];
        Assert.Equal("CDRM_1001", first.GetProperty("PartyNumber").GetString());
        Assert.Equal(Accounts + "/CDRM_1001", first.GetProperty("links")[0].GetProperty("href").GetString());
    }

    [Fact]
    public async Task Accounts_LastPageWithTotalResults_HasMoreFalse()
    {
        using var json = await GetJsonAsync(Accounts + "?offset=2040&limit=25&totalResults=true");

        var root = json.RootElement;
        Assert.Equal(OracleResources.AccountCount, root.GetProperty("totalResults").GetInt32());
        Assert.Equal(10, root.GetProperty("count").GetInt32());
        Assert.False(root.GetProperty("hasMore").GetBoolean());
        Assert.Equal("CDRM_3041", root.GetProperty("items")[0].GetProperty("PartyNumber").GetString());
    }

    [Fact]
    public async Task Accounts_OnlyData_ItemsHaveNoLinks()
    {
        using var json = await GetJsonAsync(Accounts + "?onlyData=true&limit=3");

        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("links", out _)));
        Assert.Equal(3, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Accounts_LimitAboveMaximum_LimitLowered()
    {
        using var json = await GetJsonAsync(Accounts + "?limit=10000");

        Assert.Equal(500, json.RootElement.GetProperty("limit").GetInt32());
        Assert.Equal(500, json.RootElement.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("?limit=abc", "URL request parameter limit with value abc is invalid.")]
    [InlineData("?limit=0", "URL request parameter limit with value 0 is invalid.")]
    [InlineData("?offset=-1", "URL request parameter offset with value -1 is invalid.")]
    [InlineData("?expand=all", "URL request parameter expand is not supported by the OpenElements simulator.")]
    public async Task Accounts_BadQuery_Answers400WithText(string query, string message)
    {
        using var response = await SendAsync(Accounts + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Account_ByPartyNumber_AnswersItem()
    {
        using var response = await SendAsync(Accounts + "/CDRM_1002");
        Assert.Equal(OracleJson.ItemType, response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("CDRM_1002", json.RootElement.GetProperty("PartyNumber").GetString());
        Assert.Equal(300000001000002, json.RootElement.GetProperty("PartyId").GetInt64());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$", json.RootElement.GetProperty("CreationDate").GetString());
    }

    [Theory]
    [InlineData("/crmRestApi/resources/11.13.18.05/accounts/CDRM_9999")]
    [InlineData("/crmRestApi/resources/11.1.13/accounts")]
    public async Task Accounts_UnknownItemOrVersion_Answers404(string path)
    {
        using var response = await SendAsync(Site + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await SendAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendAsync(string url, string? password = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = Basic(Sandbox["username"], password ?? Sandbox["password"]);
        return Http.SendAsync(request);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
