namespace OpenElements.Server.Errors;

/// <summary>Writes <see cref="WireError"/> bodies; used by the exception handler and status-code pages.</summary>
public static class ErrorResults
{
    public static Task WriteAsync(HttpContext context, int status, string message, string? providerMessage, CancellationToken ct, Action<HttpResponse>? headers = null)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        // Clear() dropped the headers set on the way in; the request id must survive it.
        context.Response.Headers["Elements-Request-Id"] = RequestIds.Get(context);
        headers?.Invoke(context.Response);
        var error = new WireError(RequestIds.Get(context), message, providerMessage);
        return context.Response.WriteAsJsonAsync(error, AppJson.Options, ct);
    }

    /// <summary>Routing misses (404, 405) get the wire shape too, never an empty body.</summary>
    public static Task WriteStatusPageAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var message = status switch
        {
            StatusCodes.Status404NotFound => $"No resource found at {context.Request.Method} {context.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"The method {context.Request.Method} is not allowed on {context.Request.Path}.",
            StatusCodes.Status415UnsupportedMediaType => "The request's Content-Type is not supported; send application/json.",
            _ => $"The request failed with status {status}.",
        };
        return WriteAsync(context, status, message, null, context.RequestAborted);
    }
}
