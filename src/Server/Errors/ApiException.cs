namespace OpenElements.Server.Errors;

/// <summary>An error meant for the client: its status and message go on the wire as they are.</summary>
public class ApiException(int statusCode, string message, string? providerMessage = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string? ProviderMessage { get; } = providerMessage;

    /// <summary>The methods a 405 names in its <c>Allow</c> header, as HTTP requires of one.</summary>
    public string? Allow { get; init; }

    public static ApiException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static ApiException NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static ApiException MethodNotAllowed(string message, string allow) => new(StatusCodes.Status405MethodNotAllowed, message) { Allow = allow };

    /// <summary>The platform's exact 401 text, whatever was wrong, so a caller cannot probe which part failed.</summary>
    public static ApiException Unauthorized() =>
        new(StatusCodes.Status401Unauthorized, "Invalid Organization or User secret, or invalid Element token provided.");
}
