using System.Net;
using System.Text.Json;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.SugarCrm;

public class SugarCrmTokenTests
{
    [Fact]
    public async Task Token_PasswordGrantJson_ReturnsSugarsTokenBody()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);

        var (response, body) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.PasswordGrant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(Guid.TryParseExact(body.GetProperty("access_token").GetString(), "D", out _));
        Assert.True(Guid.TryParseExact(body.GetProperty("refresh_token").GetString(), "D", out _));
        Assert.True(Guid.TryParseExact(body.GetProperty("download_token").GetString(), "D", out _));
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(1209600, body.GetProperty("refresh_expires_in").GetInt32());
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("scope").ValueKind);
    }

    [Fact]
    public async Task Token_PasswordGrantFormEncoded_ReturnsTokens()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var form = SugarSandbox.PasswordGrant().ToDictionary(f => f.Key, f => f.Value!);

        using var response = await http.PostAsync(SugarSandbox.TokenUrl, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SugarSandbox.BodyAsync(response);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
    }

    [Theory]
    [InlineData("password", "Wrong-Pass1", 401, "need_login", "You must specify a valid username and password.")]
    [InlineData("username", "someone.else", 401, "need_login", "You must specify a valid username and password.")]
    [InlineData("client_secret", "Wrong-Secret", 400, "invalid_client", "The client credentials are invalid")]
    [InlineData("client_id", "sugar", 400, "invalid_client", "The client credentials are invalid")]
    [InlineData("client_id", null, 400, "invalid_client", "Client id was not found in the headers or body")]
    [InlineData("grant_type", null, 400, "invalid_request", "Invalid grant_type parameter or parameter missing")]
    [InlineData("grant_type", "magic", 400, "invalid_request", "Invalid grant_type parameter or parameter missing")]
    [InlineData("password", null, 400, "invalid_request", "Missing parameters. \"username\" and \"password\" required")]
    [InlineData("grant_type", "client_credentials", 400, "unsupported_grant_type", null)]
    public async Task Token_BadField_ReturnsSugarsError(string field, string? value, int status, string error, string? message)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var fields = SugarSandbox.PasswordGrant();
        fields[field] = value;

        var (response, body) = await SugarSandbox.PostTokenAsync(http, fields);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(error, body.GetProperty("error").GetString());
        if (message is null)
        {
            Assert.False(body.TryGetProperty("error_message", out _));
        }
        else
        {
            Assert.Equal(message, body.GetProperty("error_message").GetString());
        }
    }

    [Fact]
    public async Task Token_RefreshGrant_IssuesNewTokensAndRetiresOldOnes()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (access, refresh) = await SugarSandbox.LoginAsync(http);

        var (response, body) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(refresh));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newAccess = body.GetProperty("access_token").GetString();
        var newRefresh = body.GetProperty("refresh_token").GetString();
        Assert.NotEqual(access, newAccess);
        Assert.NotEqual(refresh, newRefresh);
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await SugarSandbox.GetAsync(http, "/me", newAccess)).Response.StatusCode);

        // The refresh token is single-use: oauth2-php unsets it when it issues the next one.
        var (again, againBody) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(refresh));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("invalid_grant", againBody.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("not-a-token", 400, "invalid_grant", "Refresh token doesn't exist or is invalid for the client")]
    [InlineData(null, 400, "invalid_request", "No \"refresh_token\" parameter found")]
    public async Task Token_RefreshGrantWithBadToken_ReturnsSugarsError(string? refreshToken, int status, string error, string message)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);

        var (response, body) = await SugarSandbox.PostTokenAsync(http, SugarSandbox.RefreshGrant(refreshToken));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Equal(message, body.GetProperty("error_message").GetString());
    }

    [Fact]
    public async Task Token_RefreshGrantWithWrongClientSecret_ReturnsInvalidClient()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = SugarSandbox.Client(sim);
        var (_, refresh) = await SugarSandbox.LoginAsync(http);
        var fields = SugarSandbox.RefreshGrant(refresh);
        fields["client_secret"] = "Wrong-Secret";

        var (response, body) = await SugarSandbox.PostTokenAsync(http, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }
}
