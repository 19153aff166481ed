using OpenElements.Simulators.SugarCrm;

namespace OpenElements.Server.UnitTests.SugarCrm;

public class SugarSessionStoreTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_BeforeAndAfterAccessLifetime_ValidThenExpired()
    {
        var clock = new ManualTimeProvider(Start);
        var store = new SugarSessionStore(new SugarCrmSimulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(5) }, clock);
        var session = store.Login("u1", "client", "openelements");

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(AccessTokenState.Valid, store.Check(session.AccessToken).State);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AccessTokenState.Expired, store.Check(session.AccessToken).State);
    }

    [Fact]
    public void Refresh_AfterAccessExpiredButWithinRefreshLifetime_IssuesFreshSession()
    {
        var clock = new ManualTimeProvider(Start);
        var store = new SugarSessionStore(new SugarCrmSimulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(5) }, clock);
        var session = store.Login("u1", "client", "openelements");
        clock.Advance(TimeSpan.FromHours(1));

        var (state, fresh) = store.Refresh(session.RefreshToken, "client");

        Assert.Equal(RefreshState.Refreshed, state);
        Assert.Equal(Start + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5), fresh!.AccessExpires);
        Assert.Equal("openelements", fresh.Platform);
        Assert.Equal(AccessTokenState.Valid, store.Check(fresh.AccessToken).State);
        Assert.Equal(AccessTokenState.Invalid, store.Check(session.AccessToken).State);
    }

    [Fact]
    public void Refresh_AfterRefreshLifetime_Expired()
    {
        var clock = new ManualTimeProvider(Start);
        var store = new SugarSessionStore(new SugarCrmSimulatorOptions(), clock);
        var session = store.Login("u1", "client", "base");
        clock.Advance(TimeSpan.FromDays(14));

        Assert.Equal(RefreshState.Expired, store.Refresh(session.RefreshToken, "client").State);
    }

    [Fact]
    public void Refresh_ByAnotherClient_Invalid()
    {
        var store = new SugarSessionStore(new SugarCrmSimulatorOptions(), new ManualTimeProvider(Start));
        var session = store.Login("u1", "client", "base");

        Assert.Equal(RefreshState.Invalid, store.Refresh(session.RefreshToken, "other-client").State);
        Assert.Equal(RefreshState.Refreshed, store.Refresh(session.RefreshToken, "client").State);
    }

    [Fact]
    public void Login_OtherUserSamePlatform_KeepsFirstUsersSession()
    {
        var store = new SugarSessionStore(new SugarCrmSimulatorOptions(), new ManualTimeProvider(Start));
        var first = store.Login("u1", "client", "base");

        store.Login("u2", "client", "base");

        Assert.Equal(AccessTokenState.Valid, store.Check(first.AccessToken).State);
    }
}
