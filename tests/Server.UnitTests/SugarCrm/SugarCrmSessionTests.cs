using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.SugarCrm;

namespace OpenElements.Server.UnitTests.SugarCrm;

public class SugarCrmSessionTests
{
    [Fact]
    public async Task Me_ValidToken_ReturnsCurrentUser()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (access, _) = await SugarSandbox.LoginAsync(http);

        var (response, body) = await SugarSandbox.GetAsync(http, "/me", access);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = body.GetProperty("current_user");
        Assert.Equal(SugarSandbox.Credentials["username"], user.GetProperty("user_name").GetString());
        Assert.Equal(SugarCrmAccount.UserId, user.GetProperty("id").GetString());
        Assert.Equal("Sandbox Administrator", user.GetProperty("full_name").GetString());
    }

    [Fact]
    public async Task Ping_ValidToken_ReturnsPong()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (access, _) = await SugarSandbox.LoginAsync(http);

        var (response, body) = await SugarSandbox.GetAsync(http, "/ping", access);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pong", body.GetString());
    }

    [Theory]
    [InlineData("/me", null, "need_login", "You need to be logged in to perform this action.")]
    [InlineData("/ping", null, "need_login", "You need to be logged in to perform this action.")]
    [InlineData("/me", "c6d495c9-bb25-81d2-5f81-533ef6479f9b", "invalid_grant", "The access token provided is invalid.")]
    public async Task Me_MissingOrUnknownToken_Returns401WithSugarsError(string path, string? token, string error, string message)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);

        var (response, body) = await SugarSandbox.GetAsync(http, path, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Equal(message, body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task Me_ExpiredToken_Returns401HasExpiredAndRefreshStillWorks()
    {
        await using var sim = await SimulatorServer.StartAsync();
        // A zero lifetime expires the token as it is issued; the store's own tests move a clock instead.
        sim.Services.GetRequiredService<SugarCrmSimulatorOptions>().AccessTokenLifetime = TimeSpan.Zero;
        using var http = SugarSandbox.Client(sim);
        var (access, refresh) = await SugarSandbox.LoginAsync(http);

        var (response, body) = await SugarSandbox.GetAsync(http, "/me", access);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Equal("The access token provided has expired.", body.GetProperty("error_message").GetString());

        var (refreshed, _) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(refresh));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Login_SecondOnSamePlatform_EndsFirstSession()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (first, firstRefresh) = await SugarSandbox.LoginAsync(http, "base");

        var (second, _) = await SugarSandbox.LoginAsync(http, "base");

        var (old, oldBody) = await SugarSandbox.GetAsync(http, "/me", first);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal("The access token provided is invalid.", oldBody.GetProperty("error_message").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SugarSandbox.GetAsync(http, "/me", second)).Response.StatusCode);
        var (refresh, _) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(firstRefresh));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Login_SecondOnOtherPlatform_KeepsFirstSession()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (first, _) = await SugarSandbox.LoginAsync(http, "base");

        await SugarSandbox.LoginAsync(http, "openelements");

        Assert.Equal(HttpStatusCode.OK, (await SugarSandbox.GetAsync(http, "/me", first)).Response.StatusCode);
    }

    [Fact]
    public async Task Login_SecondOnSamePlatformWithSingleSessionOff_KeepsFirstSession()
    {
        await using var sim = await SimulatorServer.StartAsync();
        sim.Services.GetRequiredService<SugarCrmSimulatorOptions>().SingleSessionPerPlatform = false;
        using var http = SugarSandbox.Client(sim);
        var (first, _) = await SugarSandbox.LoginAsync(http, "base");

        await SugarSandbox.LoginAsync(http, "base");

        Assert.Equal(HttpStatusCode.OK, (await SugarSandbox.GetAsync(http, "/me", first)).Response.StatusCode);
    }

    [Fact]
    public async Task Logout_WithRefreshToken_EndsBothTokens()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (access, refresh) = await SugarSandbox.LoginAsync(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://{SugarSandbox.Site}/rest/v10/oauth2/logout")
        {
            Content = JsonContent.Create(new { refresh_token = refresh }),
        };
        request.Headers.Add("OAuth-Token", access);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await SugarSandbox.BodyAsync(response)).GetProperty("success").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SugarSandbox.GetAsync(http, "/me", access)).Response.StatusCode);
        var (refreshed, _) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(refresh));
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutToken_Returns401NeedLogin()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);

        using var response = await http.PostAsync($"https://{SugarSandbox.Site}/rest/v10/oauth2/logout", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("need_login", (await SugarSandbox.BodyAsync(response)).GetProperty("error").GetString());
    }
}
