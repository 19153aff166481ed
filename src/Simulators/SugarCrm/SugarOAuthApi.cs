using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// <c>/rest/v10/oauth2/token</c> and <c>/oauth2/logout</c>, checking in the order of oauth2-php's
/// grantAccessToken: grant_type present, then the client, then the grant's own fields (vendors.md 5.1).
/// </summary>
internal static partial class SugarOAuthApi
{
    public static void MapSugarOAuth(this IEndpointRouteBuilder v10)
    {
        v10.MapPost("/oauth2/token", Token).CountsAs(RequestKind.Token);
        v10.MapPost("/oauth2/logout", Logout).AddEndpointFilter<SugarOAuthFilter>();
    }

    private static async Task<IResult> Token(
        HttpContext http, SugarCrmAccount account, SugarSessionStore sessions, SugarCrmSimulatorOptions options, SugarCrmFaults faults)
    {
        var form = await SugarTokenRequest.ReadAsync(http.Request, http.RequestAborted);
        faults.CountGrant(form.GrantType);

        // oauth2-php filters grant_type through GRANT_TYPE_REGEXP first: a name outside it is "missing".
        if (form.GrantType is not { } grantType || !KnownGrantType().IsMatch(grantType))
        {
            return SugarError.InvalidRequest("Invalid grant_type parameter or parameter missing");
        }

        if (form.ClientId is not { } clientId)
        {
            return SugarError.InvalidClient("Client id was not found in the headers or body");
        }

        if (!account.AcceptsClient(clientId, form.ClientSecret))
        {
            return SugarError.InvalidClient("The client credentials are invalid");
        }

        return grantType switch
        {
            "password" => PasswordGrant(form, clientId, account, sessions, options),
            "refresh_token" => RefreshGrant(form, clientId, sessions, options),
            // A grant OAuth 2.0 defines but Sugar's storage does not implement; oauth2-php gives no description.
            _ => new SugarError(StatusCodes.Status400BadRequest, "unsupported_grant_type", null),
        };
    }

    private static IResult PasswordGrant(SugarTokenRequest form, string clientId, SugarCrmAccount account, SugarSessionStore sessions, SugarCrmSimulatorOptions options)
    {
        if (form.UserName is not { } userName || form.Password is not { } password)
        {
            return SugarError.InvalidRequest("Missing parameters. \"username\" and \"password\" required");
        }

        // Sugar's storage throws its own login error here (401 need_login), not OAuth's invalid_grant.
        return account.AcceptsUser(userName, password)
            ? Issued(sessions.Login(SugarCrmAccount.UserId, clientId, form.Platform), options)
            : SugarError.NeedLogin("You must specify a valid username and password.");
    }

    private static IResult RefreshGrant(SugarTokenRequest form, string clientId, SugarSessionStore sessions, SugarCrmSimulatorOptions options)
    {
        if (form.RefreshToken is not { } refreshToken)
        {
            return SugarError.InvalidRequest("No \"refresh_token\" parameter found");
        }

        var (state, session) = sessions.Refresh(refreshToken, clientId);
        return state switch
        {
            RefreshState.Refreshed => Issued(session!, options),
            // REVIEW: [M] expired refresh tokens get oauth2-php's text; Sugar may purge them and say "doesn't exist".
            RefreshState.Expired => SugarError.InvalidGrant(StatusCodes.Status400BadRequest, "Refresh token has expired"),
            _ => SugarError.InvalidGrant(StatusCodes.Status400BadRequest, "Refresh token doesn't exist or is invalid for the client"),
        };
    }

    private static async Task<IResult> Logout(HttpContext http, SugarSessionStore sessions)
    {
        var form = await SugarTokenRequest.ReadAsync(http.Request, http.RequestAborted);
        sessions.Logout(SugarOAuthFilter.TokenOf(http), form.RefreshToken);
        return TypedResults.Ok(new LogoutBody(Success: true));
    }

    private static IResult Issued(SugarSession session, SugarCrmSimulatorOptions options)
    {
        var body = new TokenBody(
            session.AccessToken, (long)options.AccessTokenLifetime.TotalSeconds, "bearer", null,
            session.RefreshToken, (long)options.RefreshTokenLifetime.TotalSeconds, session.DownloadToken);
        return new NoStore(TypedResults.Json(body));
    }

    // REVIEW: [M] oauth2-php's GRANT_TYPE_REGEXP ends in http://.* for extension grants; https and urn:
    // (RFC 6749 extension grants such as jwt-bearer) are allowed here too.
    [GeneratedRegex(@"^(authorization_code|token|password|client_credentials|refresh_token|https?://.+|urn:.+)$")]
    private static partial Regex KnownGrantType();

    /// <summary>OAuth 2.0 token responses must not be cached (RFC 6749 5.1); oauth2-php sends the header.</summary>
    private sealed class NoStore(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            return inner.ExecuteAsync(httpContext);
        }
    }

    private sealed record TokenBody(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("scope")] string? Scope,
        [property: JsonPropertyName("refresh_token")] string RefreshToken,
        [property: JsonPropertyName("refresh_expires_in")] long RefreshExpiresIn,
        [property: JsonPropertyName("download_token")] string DownloadToken);

    private sealed record LogoutBody(bool Success);
}
