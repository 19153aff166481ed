using System.Net;
using System.Text.Json;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Zoho;

namespace OpenElements.Server.UnitTests.Zoho;

public sealed class ZohoV1UsersSimulatorTests : LiveSimulatorTest
{
    private const string GetUsersUrl = "https://crm.zoho.com/crm/private/json/Users/getUsers";

    [Fact]
    public async Task GetUsers_IssuedTokenCurrentUser_ReturnsUserObject()
    {
        var user = Service<ZohoUserDirectory>().All[0];
        var token = Service<ZohoAuthTokenStore>().TryIssue(user, "tests", cap: null)!.Token;

        using var json = await GetAsync($"?authtoken={token}&scope=crmapi&type=CurrentUser");

        var found = json.RootElement.GetProperty("users").GetProperty("user");
        Assert.Equal(JsonValueKind.Object, found.ValueKind);
        Assert.Equal(user.Email, found.GetProperty("email").GetString());
        Assert.Equal(user.Id, found.GetProperty("id").GetString());
        Assert.Equal(user.FullName, found.GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("?authtoken=0123456789abcdef0123456789abcdef&scope=crmapi&type=CurrentUser")]
    [InlineData("?scope=crmapi&type=CurrentUser")]
    public async Task GetUsers_UnknownOrMissingToken_Answers4834WithStatus200(string query)
    {
        using var json = await GetAsync(query);

        var response = json.RootElement.GetProperty("response");
        Assert.Equal("4834", response.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("Invalid Ticket Id", response.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("/crm/private/json/Users/getUsers", response.GetProperty("uri").GetString());
    }

    [Fact]
    public async Task GetUsers_UnknownType_Answers4600()
    {
        var user = Service<ZohoUserDirectory>().All[0];
        var token = Service<ZohoAuthTokenStore>().TryIssue(user, "tests", cap: null)!.Token;

        using var json = await GetAsync($"?authtoken={token}&scope=crmapi&type=Everyone");

        Assert.Equal("4600", json.RootElement.GetProperty("response").GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetUsers_OnAccountsHost_NotFound()
    {
        using var response = await Http.GetAsync("https://accounts.zoho.com/crm/private/json/Users/getUsers?scope=crmapi");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonDocument> GetAsync(string query)
    {
        using var response = await Http.GetAsync(GetUsersUrl + query);
        // v1 puts errors in the body of a 200.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
