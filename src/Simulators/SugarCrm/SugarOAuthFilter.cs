using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Sugar's check on every route that needs a login: the <c>OAuth-Token</c> header must name a live
/// access token. The session is left in <see cref="HttpContext.Items"/> for the handler.
/// </summary>
internal sealed class SugarOAuthFilter(SugarSessionStore sessions) : IEndpointFilter
{
    private const string SessionKey = "sugar.session";

    public static SugarSession SessionOf(HttpContext http) => (SugarSession)http.Items[SessionKey]!;

    public static string TokenOf(HttpContext http) => http.Request.Headers["OAuth-Token"].ToString();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // REVIEW: Sugar also takes an oauth_token POST field (and a GET parameter when allow_oauth_via_get
        // is set); only the header is implemented, which is what clients send.
        var token = TokenOf(context.HttpContext);
        if (token.Length == 0)
        {
            return SugarError.NeedLogin("You need to be logged in to perform this action.");
        }

        var (state, session) = sessions.Check(token);
        switch (state)
        {
            case AccessTokenState.Invalid:
                return SugarError.InvalidGrant(StatusCodes.Status401Unauthorized, "The access token provided is invalid.");
            case AccessTokenState.Expired:
                return SugarError.InvalidGrant(StatusCodes.Status401Unauthorized, "The access token provided has expired.");
            default:
                context.HttpContext.Items[SessionKey] = session;
                return await next(context);
        }
    }
}
