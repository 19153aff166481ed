using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Sugar's error answer (RestService::handleException): <c>{"error","error_message"}</c> with
/// <c>Cache-Control: no-store</c>. OAuth2 errors raised without a description carry no error_message.
/// </summary>
internal sealed class SugarError(int statusCode, string error, string? message) : IResult
{
    public static SugarError NeedLogin(string message) => new(StatusCodes.Status401Unauthorized, "need_login", message);

    public static SugarError InvalidRequest(string message) => new(StatusCodes.Status400BadRequest, "invalid_request", message);

    public static SugarError InvalidClient(string message) => new(StatusCodes.Status400BadRequest, "invalid_client", message);

    public static SugarError InvalidGrant(int statusCode, string message) => new(statusCode, "invalid_grant", message);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.Headers.CacheControl = "no-store";
        return httpContext.Response.WriteAsJsonAsync(new Body(error, message));
    }

    private sealed record Body(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorMessage);
}
