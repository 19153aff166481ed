using Microsoft.Extensions.Options;
using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.Http;
using OpenElements.Server.Connectors.Zoho;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Zoho;

namespace OpenElements.Server.UnitTests.Zoho;

public sealed class ZohoAuthTokenCheckTests : LiveSimulatorTest
{
    private static readonly IReadOnlyDictionary<string, string> Sandbox = SandboxCredentials.Load().For("zohocrm");

    private readonly List<Uri> _sent = [];

    protected override HttpClient CreateClient(Uri simulators) =>
        new(new RecordingHandler(_sent)
        {
            InnerHandler = new OutboundRoutingHandler(simulators, SimulatorCatalog.AllHosts) { InnerHandler = new SocketsHttpHandler() },
        });

    [Fact]
    public async Task Run_SandboxCredentials_ReturnsAuthTokenTheSimulatorIssued()
    {
        var outcome = await new ZohoAuthTokenCheck().RunAsync(Context(), CancellationToken.None);

        var token = Assert.Single(outcome.Values, v => v.Key == "authToken").Value;
        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.NotNull(Service<ZohoAuthTokenStore>().Find(token));
    }

    [Fact]
    public async Task Run_SandboxCredentials_ProvesTokenWithGetUsersAndKeepsPasswordOutOfUrls()
    {
        await new ZohoAuthTokenCheck().RunAsync(Context(), CancellationToken.None);

        Assert.Collection(_sent,
            create => Assert.Equal("https://accounts.zoho.com/apiauthtoken/nb/create", create.AbsoluteUri),
            proof => Assert.StartsWith("https://crm.zoho.com/crm/private/json/Users/getUsers?authtoken=", proof.AbsoluteUri, StringComparison.Ordinal));
        Assert.All(_sent, uri => Assert.DoesNotContain(Uri.EscapeDataString(Sandbox["crm.zohocrm.password"]), uri.AbsoluteUri, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "Wrong-Pass1", "INVALID_PASSWORD")]
    [InlineData("nobody@example.com", null, "NO_SUCH_USER")]
    public async Task Run_RefusedCredentials_ThrowsRejectedWithZohoCause(string? username, string? password, string cause)
    {
        var check = new ZohoAuthTokenCheck();

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => check.RunAsync(Context(username, password), CancellationToken.None));

        Assert.Equal("Zoho CRM rejected the credentials", e.Message);
        Assert.Equal(cause, e.ProviderMessage);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public async Task Run_TokenCapOnAndTenTokensActive_ThrowsRejectedWithExceededMaximum()
    {
        Service<IOptions<ZohoSimulatorOptions>>().Value.LimitActiveAuthTokens = true;
        var check = new ZohoAuthTokenCheck();
        for (var i = 0; i < 10; i++)
        {
            await check.RunAsync(Context(), CancellationToken.None);
        }

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => check.RunAsync(Context(), CancellationToken.None));

        Assert.Equal("EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS", e.ProviderMessage);
    }

    [Fact]
    public async Task Run_AccountsUrlTheSimulatorDoesNotServe_ThrowsUnknownHost()
    {
        var context = Context(extra: new() { ["zoho.accounts.url"] = "accounts.zoho.eu" });

        var e = await Assert.ThrowsAsync<VendorUnreachableException>(() => new ZohoAuthTokenCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(UnreachableKind.UnknownHost, e.Kind);
        Assert.Equal("accounts.zoho.eu", e.Host);
    }

    [Fact]
    public async Task Run_CrmUrlWithoutV1Api_ThrowsUnexpectedAnswer()
    {
        // The v2 host has no v1 API: a check that skipped the proof would succeed here.
        var context = Context(extra: new() { ["zoho.crm.url"] = "https://www.zohoapis.com/" });

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => new ZohoAuthTokenCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(502, e.StatusCode);
        Assert.StartsWith("404 Not Found", e.ProviderMessage, StringComparison.Ordinal);
    }

    private ProvisioningContext Context(string? username = null, string? password = null, Dictionary<string, string?>? extra = null)
    {
        var roles = new Dictionary<string, string>
        {
            ["username"] = "crm.zohocrm.username",
            ["password"] = "crm.zohocrm.password",
            ["accountsUrl"] = "zoho.accounts.url",
            ["crmUrl"] = "zoho.crm.url",
        };
        var configuration = new Dictionary<string, string?>
        {
            ["crm.zohocrm.username"] = username ?? Sandbox["crm.zohocrm.username"],
            ["crm.zohocrm.password"] = password ?? Sandbox["crm.zohocrm.password"],
        };
        foreach (var (key, value) in extra ?? new())
        {
            configuration[key] = value;
        }

        return new ProvisioningContext("zohocrm", "basic", roles, configuration, Http, TimeProvider.System);
    }

    /// <summary>Notes every URL the check sends, as the vendor would see it.</summary>
    private sealed class RecordingHandler(List<Uri> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
