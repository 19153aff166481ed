using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// Error answers. Below <see cref="OracleSimulatorOptions.JsonErrorsFromFrameworkVersion"/> a human
/// message in text/plain, from it on ADF's JSON error (vendors.md 3.4, both [M]).
/// </summary>
internal static class OracleErrors
{
    public const string ErrorType = "application/vnd.oracle.adf.error+json";

    public static IResult BadRequest(HttpContext http, string message) => Status(http, StatusCodes.Status400BadRequest, message);

    /// <summary>An unknown item: an empty body below the JSON versions (nothing better is recorded).</summary>
    // REVIEW: [M] Fusion's 404 body.
    public static IResult NotFound(HttpContext http, string message) =>
        UsesJson(http) ? Json(StatusCodes.Status404NotFound, "Not Found", message) : Results.NotFound();

    public static IResult Status(HttpContext http, int status, string message) =>
        UsesJson(http)
            ? Json(status, ReasonPhrase(status), message)
            : Results.Text(message, "text/plain", statusCode: status);

    /// <summary>The request's <c>REST-Framework-Version</c>, or the pod default; null when it is not one the pod allows.</summary>
    public static int? FrameworkVersion(HttpContext http)
    {
        var raw = http.Request.Headers["REST-Framework-Version"].ToString();
        if (raw.Length == 0)
        {
            return Options(http).DefaultFrameworkVersion;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version is >= 1 and <= OracleCrmApi.MaxFrameworkVersion
            ? version
            : null;
    }

    private static bool UsesJson(HttpContext http) =>
        (FrameworkVersion(http) ?? Options(http).DefaultFrameworkVersion) >= Options(http).JsonErrorsFromFrameworkVersion;

    private static OracleSimulatorOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<OracleSimulatorOptions>>().Value;

    // REVIEW: [M] the sample's shape ("status" as a string); the error code is the sample's for every error.
    private static IResult Json(int status, string title, string detail)
    {
        var body = new JsonObject
        {
            ["title"] = title,
            ["status"] = status.ToString(CultureInfo.InvariantCulture),
            ["o:errorDetails"] = new JsonArray(new JsonObject { ["detail"] = detail, ["o:errorCode"] = "27024" }),
        };
        return Results.Text(body.ToJsonString(), ErrorType, statusCode: status);
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
