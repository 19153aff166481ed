using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Zoho;

namespace OpenElements.Server.UnitTests.Zoho;

public sealed class ZohoAuthTokenSimulatorTests : LiveSimulatorTest
{
    private const string CreateUrl = "https://accounts.zoho.com/apiauthtoken/nb/create";
    private static readonly IReadOnlyDictionary<string, string> Sandbox = SandboxCredentials.Load().For("zohocrm");

    [Fact]
    public async Task Create_SandboxCredentialsInFormBody_AnswersPropertiesWithAuthToken()
    {
        using var response = await Http.PostAsync(CreateUrl, new FormUrlEncodedContent(Form()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("#", lines[0]);
        Assert.Matches(@"^#[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$", lines[1]);
        Assert.Matches("^AUTHTOKEN=[0-9a-f]{32}$", lines[2]);
        Assert.Equal("RESULT=TRUE", lines[3]);
    }

    [Fact]
    public async Task Create_ParametersInQueryString_AnswersAuthToken()
    {
        var query = string.Join('&', Form().Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        using var response = await Http.PostAsync($"{CreateUrl}?{query}", content: null);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("^AUTHTOKEN=[0-9a-f]{32}$", RegexOptions.Multiline), body);
        Assert.Contains("RESULT=TRUE", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EmailInOtherCase_AnswersAuthToken()
    {
        var body = await CreateAsync(Form(email: Sandbox["crm.zohocrm.username"].ToUpperInvariant()));

        Assert.Contains("RESULT=TRUE", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownEmail_AnswersNoSuchUserWithStatus200()
    {
        using var response = await Http.PostAsync(CreateUrl, new FormUrlEncodedContent(Form(email: "nobody@example.com")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["CAUSE=NO_SUCH_USER", "RESULT=FALSE"], lines[2..]);
    }

    [Fact]
    public async Task Create_WrongPassword_AnswersInvalidPassword()
    {
        var body = await CreateAsync(Form(password: "Wrong-Pass1"));

        Assert.Contains("CAUSE=INVALID_PASSWORD\nRESULT=FALSE\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTHTOKEN", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ZohoCRM/otherapi")]
    public async Task Create_ScopeMissingOrNotCrm_AnswersInvalidCredentials(string? scope)
    {
        var body = await CreateAsync(Form(scope: scope));

        Assert.Contains("CAUSE=INVALID_CREDENTIALS\nRESULT=FALSE\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CapOffByDefault_IssuesMoreThanTenTokens()
    {
        for (var i = 0; i < 12; i++)
        {
            Assert.Contains("RESULT=TRUE", await CreateAsync(Form()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Create_CapOnAndTenTokensActive_AnswersExceededMaximum()
    {
        Service<IOptions<ZohoSimulatorOptions>>().Value.LimitActiveAuthTokens = true;
        for (var i = 0; i < 10; i++)
        {
            Assert.Contains("RESULT=TRUE", await CreateAsync(Form()), StringComparison.Ordinal);
        }

        var body = await CreateAsync(Form());

        Assert.Contains("CAUSE=EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS\nRESULT=FALSE\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OnCrmHost_NotFound()
    {
        using var response = await Http.PostAsync("https://crm.zoho.com/apiauthtoken/nb/create", new FormUrlEncodedContent(Form()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> CreateAsync(Dictionary<string, string> form)
    {
        using var response = await Http.PostAsync(CreateUrl, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Dictionary<string, string> Form(string? email = null, string? password = null, string? scope = ZohoAuthTokenApi.CrmScope)
    {
        var form = new Dictionary<string, string>
        {
            ["EMAIL_ID"] = email ?? Sandbox["crm.zohocrm.username"],
            ["PASSWORD"] = password ?? Sandbox["crm.zohocrm.password"],
            ["DISPLAY_NAME"] = "tests",
        };
        if (scope is not null)
        {
            form["SCOPE"] = scope;
        }

        return form;
    }
}
