using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OpenElements.Simulators.SugarCrm;

/// <summary><c>/rest/v10/me</c> and <c>/rest/v10/ping</c>: the cheapest calls that prove a token.</summary>
internal static class SugarUserApi
{
    public static void MapSugarUser(this IEndpointRouteBuilder v10)
    {
        var authed = v10.MapGroup("").AddEndpointFilter<SugarOAuthFilter>();
        authed.MapGet("/me", Me);
        // PingApi returns the PHP string 'pong', which the REST layer JSON-encodes.
        authed.MapGet("/ping", () => TypedResults.Json("pong"));
    }

    private static Ok<MeBody> Me(SugarCrmAccount account, HttpContext http)
    {
        var session = SugarOAuthFilter.SessionOf(http);

        // REVIEW: [M] a subset of CurrentUserApi's fields; the real answer also carries acl, module_list etc.
        return TypedResults.Ok(new MeBody(new CurrentUser(
            Type: "user",
            Id: session.UserId,
            UserName: account.UserName,
            FullName: $"{SugarCrmAccount.FirstName} {SugarCrmAccount.LastName}",
            FirstName: SugarCrmAccount.FirstName,
            LastName: SugarCrmAccount.LastName,
            IsManager: false,
            Preferences: new Preferences(SugarDate.TimeZone, "en_us", "-99", "Y-m-d", "H:i"))));
    }

    private sealed record MeBody([property: JsonPropertyName("current_user")] CurrentUser CurrentUser);

    private sealed record CurrentUser(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("user_name")] string UserName,
        [property: JsonPropertyName("full_name")] string FullName,
        [property: JsonPropertyName("first_name")] string FirstName,
        [property: JsonPropertyName("last_name")] string LastName,
        [property: JsonPropertyName("is_manager")] bool IsManager,
        [property: JsonPropertyName("preferences")] Preferences Preferences);

    private sealed record Preferences(
        [property: JsonPropertyName("timezone")] string TimeZone,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("currency_id")] string CurrencyId,
        [property: JsonPropertyName("datepref")] string DatePref,
        [property: JsonPropertyName("timepref")] string TimePref);
}
