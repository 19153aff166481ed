using Microsoft.AspNetCore.Diagnostics;
using OpenElements.Server.Connectors;

namespace OpenElements.Server.Errors;

/// <summary>
/// Every failure leaves in the wire shape. Client mistakes and vendor refusals keep their status;
/// anything else is logged (without the request body) and answered 500 without internals.
/// </summary>
/// <remarks>
/// Request bodies are parsed by <c>JsonBody</c>, which answers bad JSON with a 400 itself; a
/// <c>JsonException</c> reaching this handler is the server's own fault (e.g. stored data) and is a 500.
/// </remarks>
public sealed partial class WireExceptionHandler(ILogger<WireExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, message, provider) = exception switch
        {
            ApiException e => (e.StatusCode, e.Message, e.ProviderMessage),
            VendorRejectedException e => (e.StatusCode, e.Message, e.ProviderMessage),
            VendorUnreachableException e => (e.StatusCode, e.Message, (string?)null),
            Hubs.VendorResponseException e => (e.StatusCode, e.Message, e.ProviderMessage),
            Hubs.Ceql.CeqlException e => (StatusCodes.Status400BadRequest, e.Message, null),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read: " + e.Message, null),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred on the server.", null),
        };

        if (status >= 500 && exception is not VendorUnreachableException)
        {
            LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
        }

        await ErrorResults.WriteAsync(context, status, message, provider, cancellationToken, response =>
        {
            // A rate-limited client should hear when to come back, as the vendor said it.
            if (exception is Hubs.VendorResponseException { RetryAfter: { } wait })
            {
                response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (exception is ApiException { Allow: { } allow })
            {
                response.Headers.Allow = allow;
            }
        });
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
