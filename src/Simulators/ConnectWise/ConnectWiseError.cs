using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>ConnectWise's error body: <c>{"code","message","errors":[…]}</c>, errors only on validation failures.</summary>
internal sealed record ConnectWiseError(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ConnectWiseFieldError>? Errors = null)
{
    // REVIEW: [M] the 401 texts are not from a captured response; only the code "Unauthorized" is documented.
    public const string BadCredentialsMessage = "The credentials supplied are invalid.";
    public const string MissingClientIdMessage = "A valid clientId header is required.";

    public static JsonHttpResult<ConnectWiseError> Unauthorized(string message) =>
        TypedResults.Json(new ConnectWiseError("Unauthorized", message), statusCode: StatusCodes.Status401Unauthorized);

    public static JsonHttpResult<ConnectWiseError> NotFound(string message) =>
        TypedResults.Json(new ConnectWiseError("NotFound", message), statusCode: StatusCodes.Status404NotFound);

    /// <summary>A request ConnectWise cannot read (bad conditions, a malformed body).</summary>
    public static ConnectWiseError BadRequest(string message) => new("BadRequest", message);

    /// <summary>A write that fails validation: <c>"ticket object is invalid"</c> with one entry per field.</summary>
    public static ConnectWiseError InvalidObject(string resource, IReadOnlyList<ConnectWiseFieldError> errors) =>
        new("InvalidObject", $"{resource} object is invalid", errors);

    /// <summary>The answer: 400 for everything but the codes that have their own status.</summary>
    public JsonHttpResult<ConnectWiseError> ToResult() => TypedResults.Json(this, statusCode: Code switch
    {
        "NotFound" => StatusCodes.Status404NotFound,
        "Unauthorized" => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status400BadRequest,
    });
}

/// <summary>One entry of <see cref="ConnectWiseError.Errors"/>.</summary>
internal sealed record ConnectWiseFieldError(string Code, string Message, string Resource, string Field);
