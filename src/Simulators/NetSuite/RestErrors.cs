using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.NetSuite;

/// <summary>The REST web services error body (nsError, vendors.md 1.5).</summary>
internal static class RestErrors
{
    /// <summary>NetSuite writes '>' and '&amp;' as themselves; the default encoder would escape them as \u003E.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string ErrorContentType = "application/vnd.oracle.resource+json; type=error";

    public const string InvalidLoginDetail =
        "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.";

    public static IResult Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
            InvalidLoginDetail, "INVALID_LOGIN");

    // REVIEW: [M] the body of a 400 for a malformed Authorization header; the doc only gives the
    // WWW-Authenticate error (invalid_request). The 401 body is reused with a 400 status.
    public static IResult MalformedAuthorization() =>
        Error(StatusCodes.Status400BadRequest, "Bad Request", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
            InvalidLoginDetail, "INVALID_LOGIN");

    // REVIEW: [M] code and detail of a bad paging parameter.
    public static IResult InvalidParameter(string name, string detail) =>
        Error(StatusCodes.Status400BadRequest, "Bad Request", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
            detail, "INVALID_PARAMETER", ("o:errorQueryParam", name));

    // REVIEW: [M] NONEXISTENT_ID and its detail are not in Oracle's samples.
    public static IResult NotFound(string detail = "The record instance does not exist. Provide a valid record instance ID.") =>
        Error(StatusCodes.Status404NotFound, "Not Found", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5",
            detail, "NONEXISTENT_ID");

    /// <summary>A field value NetSuite cannot take; the detail wording is Oracle's sample (vendors.md 1.5).</summary>
    public static IResult InvalidContent(string field, string value) =>
        Error(StatusCodes.Status400BadRequest, "Bad Request", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
            $"Error while accessing resource: You have entered an Invalid Field Value {value} for the following field: {field}",
            "INVALID_CONTENT", ("o:errorPath", field));

    /// <summary>A body that is not JSON, or names a field the record does not have.</summary>
    // REVIEW: [M] code and wording for an unreadable body or an unknown property.
    public static IResult InvalidContent(string detail) =>
        Error(StatusCodes.Status400BadRequest, "Bad Request", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
            detail, "INVALID_CONTENT");

    /// <summary>A record that cannot be saved as it is, e.g. a mandatory field left empty.</summary>
    // REVIEW: [M] USER_ERROR with the UI's "Please enter value(s) for:" wording.
    public static IResult UserError(string detail) =>
        Error(StatusCodes.Status400BadRequest, "Bad Request", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
            "Error while accessing a resource. " + detail, "USER_ERROR");

    // REVIEW: [M] REST web services answer 429 when governance blocks a request (vendors.md 1.5); the code
    // and detail are not recorded.
    public static IResult TooManyRequests(string code, string detail) =>
        Error(StatusCodes.Status429TooManyRequests, "Too Many Requests", "https://www.rfc-editor.org/rfc/rfc6585.html#section-4", detail, code);

    // REVIEW: [M] UNEXPECTED_ERROR is what NetSuite puts on an internal failure; the 503 code is a guess.
    public static IResult ServerError(int status) => status == StatusCodes.Status503ServiceUnavailable
        ? Error(status, "Service Unavailable", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
            "The service is temporarily unavailable. Try again later.", "SERVICE_UNAVAILABLE")
        : Error(status, "Internal Server Error", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1",
            "An unexpected error occurred. Error ID: sim" + Guid.NewGuid().ToString("N")[..12], "UNEXPECTED_ERROR");

    private static IResult Error(int status, string title, string type, string detail, string code, (string Name, string Value)? extra = null)
    {
        var entry = new JsonObject { ["detail"] = detail, ["o:errorCode"] = code };
        if (extra is { } e)
        {
            entry[e.Name] = e.Value;
        }

        var body = new JsonObject
        {
            ["type"] = type,
            ["title"] = title,
            ["status"] = status,
            ["o:errorDetails"] = new JsonArray(entry),
        };
        return Results.Content(body.ToJsonString(Json), ErrorContentType, statusCode: status);
    }
}
