using System.Net;
using OpenElements.Server.Connectors.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>
/// NetSuite's one-session-per-user rule. Its own simulator (fixture), because the switch is global
/// to a simulator and the other classes log in as the same user in parallel.
/// </summary>
public sealed class SessionLimitTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IDisposable
{
    private static readonly string LoginEnvelope = Envelope(AppInfo(), $"<urn:login>{Passport()}</urn:login>");

    public void Dispose() => fixture.Options.EnforceSingleSessionPerUser = false;

    [Fact]
    public async Task Login_RuleOff_SecondConcurrentSessionAllowed()
    {
        var (first, _) = await PostSoapAsync(fixture.Http, LoginEnvelope);
        var (second, _) = await PostSoapAsync(fixture.Http, LoginEnvelope);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await PostSoapAsync(fixture.Http, Envelope("", "<urn:logout/>"), SessionCookie(first));
        await PostSoapAsync(fixture.Http, Envelope("", "<urn:logout/>"), SessionCookie(second));
    }

    [Fact]
    public async Task Login_RuleOnWithOpenSession_FaultsUntilLogout()
    {
        fixture.Options.EnforceSingleSessionPerUser = true;

        var (first, _) = await PostSoapAsync(fixture.Http, LoginEnvelope);
        var (second, secondXml) = await PostSoapAsync(fixture.Http, LoginEnvelope);
        await PostSoapAsync(fixture.Http, Envelope("", "<urn:logout/>"), SessionCookie(first));
        var (third, _) = await PostSoapAsync(fixture.Http, LoginEnvelope);
        await PostSoapAsync(fixture.Http, Envelope("", "<urn:logout/>"), SessionCookie(third));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Equal(("exceededRequestLimitFault", "WS_CONCUR_SESSION_DISALLWD"), (Fault(secondXml).Element, Fault(secondXml).Code));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task PassportCheck_RuleOn_RunTwiceSucceedsBecauseItLogsOut()
    {
        fixture.Options.EnforceSingleSessionPerUser = true;
        var check = new NetSuitePassportCheck();

        await check.RunAsync(Context(fixture.Http, "Basic"), CancellationToken.None);
        await check.RunAsync(Context(fixture.Http, "Basic"), CancellationToken.None);
    }
}
