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

    public static SugarError NotFound(string id, SugarModule module) =>
        new(StatusCodes.Status404NotFound, "not_found", $"Could not find record: {id} in module: {module.Name}");

    /// <summary>No route matched: RestService counts the path's elements after the version.</summary>
    // REVIEW: [M] the message is ServiceDictionaryRest's as remembered, not from a captured response.
    public static SugarError NoRoute(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var at = path.IndexOf("/rest/v10", StringComparison.Ordinal);
        var elements = (at < 0 ? path : path[(at + "/rest/v10".Length)..]).Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        return new(StatusCodes.Status404NotFound, "no_method", $"Could not find a route with {elements} elements");
    }

    // SugarApi::requireArgs' wording; REVIEW: [M] that a missing required field on save reports it this way.
    public static SugarError MissingParameter(string field) =>
        new(StatusCodes.Status422UnprocessableEntity, "missing_parameter", $"Missing parameter: {field}");

    public static SugarError InvalidParameter(string message) =>
        new(StatusCodes.Status422UnprocessableEntity, "invalid_parameter", message);

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
