using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>The provisioning checks against the simulators, through the sandbox routing handler.</summary>
public sealed class NetSuiteChecksTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string InvalidLogin =
        "INVALID_LOGIN: Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.";

    private readonly NetSuitePassportCheck _passport = new();
    private readonly NetSuiteTokenBasedCheck _tokenBased = new();

    [Fact]
    public async Task PassportCheck_SandboxCredentials_Succeeds()
    {
        var outcome = await _passport.RunAsync(Context(fixture.Http, "Basic"), CancellationToken.None);

        Assert.Empty(outcome.Values);
    }

    [Fact]
    public async Task PassportCheck_HostSpellingAndNoRole_Succeeds()
    {
        var context = Context(fixture.Http, "Basic", null, ("netsuite.accountId", "1234567-sb1"), ("netsuite.sso.roleId", null));

        await _passport.RunAsync(context, CancellationToken.None);
    }

    [Fact]
    public async Task PassportCheck_WrongPassword_RejectedWithNetSuiteText()
    {
        var context = Context(fixture.Http, "Basic", null, ("user.password", "Wrong-Pass"));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => _passport.RunAsync(context, CancellationToken.None));

        Assert.Equal("NetSuite rejected the credentials", e.Message);
        Assert.Equal("INVALID_LOGIN_CREDENTIALS: You have entered an invalid email address or password. Please try again.", e.ProviderMessage);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public async Task PassportCheck_RoleWithoutWebServices_RejectedWithPermissionText()
    {
        var context = Context(fixture.Http, "Basic", null, ("netsuite.sso.roleId", "14"));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => _passport.RunAsync(context, CancellationToken.None));

        Assert.StartsWith("INSUFFICIENT_PERMISSION: Permission Violation:", e.ProviderMessage);
    }

    [Fact]
    public async Task PassportCheck_NoApplicationId_Rejected()
    {
        var context = Context(fixture.Http, "Basic", null, ("netsuite.appId", null));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => _passport.RunAsync(context, CancellationToken.None));

        Assert.StartsWith("INVALID_LOGIN_ATTEMPT:", e.ProviderMessage);
    }

    [Fact]
    public async Task PassportCheck_AccountNotServed_UnknownHost()
    {
        var context = Context(fixture.Http, "Basic", null, ("netsuite.accountId", "7654321"));

        var e = await Assert.ThrowsAsync<VendorUnreachableException>(() => _passport.RunAsync(context, CancellationToken.None));

        Assert.Equal(UnreachableKind.UnknownHost, e.Kind);
        Assert.Equal("7654321.suitetalk.api.netsuite.com", e.Host);
    }

    [Fact]
    public async Task TokenBasedCheck_SandboxToken_Succeeds()
    {
        var outcome = await _tokenBased.RunAsync(Context(fixture.Http, "TokenBasedAuthentication"), CancellationToken.None);

        Assert.Empty(outcome.Values);
    }

    [Fact]
    public async Task TokenBasedCheck_WrongTokenSecret_RejectedWithNetSuiteText()
    {
        var context = Context(fixture.Http, "TokenBasedAuthentication", null, ("token_secret", "0000"));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => _tokenBased.RunAsync(context, CancellationToken.None));

        Assert.Equal(InvalidLogin, e.ProviderMessage);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public async Task TokenBasedCheck_ClockTenMinutesBehind_Rejected()
    {
        var late = new ManualTime(DateTimeOffset.UtcNow.AddMinutes(-10));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(
            () => _tokenBased.RunAsync(Context(fixture.Http, "TokenBasedAuthentication", late), CancellationToken.None));

        Assert.Equal(InvalidLogin, e.ProviderMessage);
    }

    [Fact]
    public async Task TokenBasedCheck_RunTwice_FreshNonceEachTime()
    {
        var context = Context(fixture.Http, "TokenBasedAuthentication");

        await _tokenBased.RunAsync(context, CancellationToken.None);
        await _tokenBased.RunAsync(context, CancellationToken.None);
    }

    [Fact]
    public async Task TokenBasedCheck_AccountNotServed_UnknownHost()
    {
        var context = Context(fixture.Http, "TokenBasedAuthentication", null, ("netsuite.accountId", "7654321_SB2"));

        var e = await Assert.ThrowsAsync<VendorUnreachableException>(() => _tokenBased.RunAsync(context, CancellationToken.None));

        Assert.Equal(UnreachableKind.UnknownHost, e.Kind);
        Assert.Equal("7654321-sb2.suitetalk.api.netsuite.com", e.Host);
    }

    [Fact]
    public void TokenBasedCheck_NonJsonError_DescribesStatusAndText()
    {
        Assert.Equal("HTTP 503: <html>down</html>", NetSuiteTokenBasedCheck.Describe("<html>down</html>", System.Net.HttpStatusCode.ServiceUnavailable));
    }
}
