using System.Globalization;
using System.Net;
using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.SugarCrm;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.SugarCrm;

public class SugarCrmPasswordGrantCheckTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_SandboxCredentials_ReturnsWorkingTokensAndRefreshSchedule()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var context = SugarSandbox.Context(http, new ManualTimeProvider(Now));

        var outcome = await new SugarCrmPasswordGrantCheck().RunAsync(context, CancellationToken.None);

        Assert.Equal("3600", outcome.Values["refreshInterval"]);
        Assert.Equal(Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), outcome.Values["refreshTime"]);
        Assert.Equal(HttpStatusCode.OK, (await SugarSandbox.GetAsync(http, "/me", outcome.Values["accessToken"])).Response.StatusCode);
        var (refreshed, _) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(outcome.Values["refreshToken"]));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Run_TokenUrlWithoutScheme_AddsHttps()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var context = SugarSandbox.Context(http, TimeProvider.System, ("tokenUrl", "{site.url}/rest/v10/oauth2/token"));

        var outcome = await new SugarCrmPasswordGrantCheck().RunAsync(context, CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(outcome.Values["accessToken"]));
    }

    [Fact]
    public async Task Run_LogsInOnItsOwnPlatform_SoUserSessionsSurviveAndARerunReplacesItsOwn()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (webUi, _) = await SugarSandbox.LoginAsync(http, "base");
        var check = new SugarCrmPasswordGrantCheck();

        var first = await check.RunAsync(SugarSandbox.Context(http, TimeProvider.System), CancellationToken.None);
        await check.RunAsync(SugarSandbox.Context(http, TimeProvider.System), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, (await SugarSandbox.GetAsync(http, "/me", webUi)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SugarSandbox.GetAsync(http, "/me", first.Values["accessToken"])).Response.StatusCode);
    }

    [Theory]
    [InlineData("clientSecret", "Wrong-Secret", "The client credentials are invalid")]
    [InlineData("clientId", "sugar", "The client credentials are invalid")]
    [InlineData("password", "Wrong-Pass1", "You must specify a valid username and password.")]
    public async Task Run_BadCredential_RejectedWithSugarsMessage(string role, string value, string providerMessage)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var context = SugarSandbox.Context(http, TimeProvider.System, (role, value));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => new SugarCrmPasswordGrantCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal("SugarCRM rejected the credentials", e.Message);
        Assert.Equal(providerMessage, e.ProviderMessage);
        Assert.Equal(400, e.StatusCode);
        if (role != "clientId")
        {
            Assert.DoesNotContain(value, e.Message + e.ProviderMessage);
        }
    }

    [Fact]
    public async Task Run_SiteTheSimulatorDoesNotServe_UnreachableUnknownHost()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var context = SugarSandbox.Context(http, TimeProvider.System, ("site.url", "typo.sugarondemand.com"));

        var e = await Assert.ThrowsAsync<VendorUnreachableException>(() => new SugarCrmPasswordGrantCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(UnreachableKind.UnknownHost, e.Kind);
        Assert.Equal("typo.sugarondemand.com", e.Host);
    }
}
