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
    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "Not Found", "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5",
            "The record instance does not exist. Provide a valid record instance ID.", "NONEXISTENT_ID");

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
