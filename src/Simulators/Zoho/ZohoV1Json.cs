using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Zoho;

/// <summary>v1 JSON answers: everything under <c>response</c> or a top-level object, HTTP 200 even for errors.</summary>
internal static class ZohoV1Json
{
    // REVIEW: [M] the media type of v1 JSON answers.
    private const string ContentType = "application/json;charset=UTF-8";

    public static IResult Ok(JsonNode body) => Results.Text(body.ToJsonString(), ContentType, statusCode: StatusCodes.Status200OK);

    /// <summary><c>{"response":{"error":{"code","message"},"uri"}}</c>; codes are strings, as in Zoho's table.</summary>
    public static IResult Error(HttpRequest request, string code, string message) =>
        Ok(new JsonObject
        {
            ["response"] = new JsonObject
            {
                ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
                ["uri"] = request.Path.Value,
            },
        });

    /// <summary>4834: the authtoken is missing, unknown or deleted (Mautic matches this very text).</summary>
    public static IResult InvalidTicket(HttpRequest request) => Error(request, "4834", "Invalid Ticket Id");

    // REVIEW: [M] message texts of 4831/4600; the codes are from Zoho's error table.
    public static IResult MissingParameter(HttpRequest request, string name) =>
        Error(request, "4831", $"Missing parameter: {name}");

    public static IResult InvalidParameter(HttpRequest request) =>
        Error(request, "4600", "Unable to process your request. Please verify whether you have entered proper method name, parameter and parameter values.");
}
