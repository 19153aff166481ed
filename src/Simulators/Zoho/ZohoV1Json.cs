using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Zoho;

/// <summary>v1 JSON answers: everything under <c>response</c> or a top-level object, HTTP 200 even for errors.</summary>
internal static class ZohoV1Json
{
    // REVIEW: [M] the media type of v1 JSON answers.
    private const string ContentType = "application/json;charset=UTF-8";

    /// <summary>v1 answers 200 whatever happened; a fault switch may pick another status.</summary>
    public static IResult Ok(JsonNode body, int status = StatusCodes.Status200OK) => Results.Text(body.ToJsonString(), ContentType, statusCode: status);

    /// <summary><c>{"response":{"error":{"code","message"},"uri"}}</c>; codes are strings, as in Zoho's table.</summary>
    public static IResult Error(HttpRequest request, string code, string message, int status = StatusCodes.Status200OK) =>
        Ok(new JsonObject
        {
            ["response"] = new JsonObject
            {
                ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
                ["uri"] = request.Path.Value,
            },
        }, status);

    /// <summary>4834: the authtoken is missing, unknown or deleted (Mautic matches this very text).</summary>
    public static IResult InvalidTicket(HttpRequest request) => Error(request, "4834", "Invalid Ticket Id");

    // REVIEW: [M] message texts of 4831/4600; the codes are from Zoho's error table.
    public static IResult MissingParameter(HttpRequest request, string name) =>
        Error(request, "4831", $"Missing parameter: {name}");

    public static IResult InvalidParameter(HttpRequest request) =>
        Error(request, "4600", "Unable to process your request. Please verify whether you have entered proper method name, parameter and parameter values.");

    /// <summary>4422: a list or search found nothing (v1 calls it <c>nodata</c>, not an error).</summary>
    public static IResult NoData(HttpRequest request) =>
        Ok(new JsonObject
        {
            ["response"] = new JsonObject
            {
                ["nodata"] = new JsonObject { ["code"] = "4422", ["message"] = "There is no data to show" },
                ["uri"] = request.Path.Value,
            },
        });

    /// <summary>A <c>result</c> answer: <c>{"response":{"result":…,"uri":…}}</c>.</summary>
    public static IResult Result(HttpRequest request, JsonNode result) =>
        Ok(new JsonObject { ["response"] = new JsonObject { ["result"] = result, ["uri"] = request.Path.Value } });

    /// <summary>
    /// v1's XML-to-JSON quirk: a list of one is the element itself, a longer list an array ("row", "recorddetail").
    /// </summary>
    public static JsonNode OneOrMany(IReadOnlyList<JsonNode> items) => items.Count == 1 ? items[0] : new JsonArray([.. items]);

    // REVIEW: [M] message texts below; the codes are from Zoho's v1 error table.
    public static IResult NoSuchRecord(HttpRequest request, string ids) =>
        Error(request, "4103", $"Record Id(s) : {ids} --Invalid Id or Record is not available");

    public static IResult MandatoryMissing(HttpRequest request) =>
        Error(request, "4401", "Unable to populate data, please check if mandatory value is entered correctly.");

    public static IResult TextForNumber(HttpRequest request, string label) =>
        Error(request, "4832", $"Text value given for an Integer field: {label}");

    public static IResult BadXml(HttpRequest request) =>
        Error(request, "4835", "Unable to parse XML data");

    public static IResult BadSearch(HttpRequest request, string why) =>
        Error(request, "4420", $"Wrong value for search parameter and/or search parameter value: {why}");
}
