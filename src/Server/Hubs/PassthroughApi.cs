using OpenElements.Server.Auth;
using OpenElements.Server.Connectors;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Hubs;

/// <summary>
/// <c>/passthrough/{path}</c>: a raw vendor request for what the hubs don't cover, sent with the
/// instance's stored authentication to the vendor's API root (<c>GET /passthrough/Accounts/123</c> on a
/// SugarCRM instance is <c>GET https://{site}/rest/v10/Accounts/123</c>). The path is confined to that
/// root on that host; the vendor's status, content type and body come back as they are.
/// </summary>
public static class PassthroughApi
{
    private static readonly string[] CopiedRequestHeaders = ["Accept", "Content-Type"];

    public static IEndpointRouteBuilder MapPassthrough(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/passthrough/{**path}", ["GET", "POST", "PUT", "PATCH", "DELETE"], Forward).WithTags("Hubs");
        return routes;
    }

    private static async Task Forward(HttpContext http, CallerResolver auth, HubService hubs, string? path, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        var instance = hubs.Load(caller, allowDisabled: false);
        HubService.MarkInstance(http, instance);
        var (connector, call) = hubs.PrepareForInstance(instance);
        var root = connector.PassthroughRoot(instance);
        var target = Resolve(root, path ?? "", http.Request.QueryString.Value);

        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), target);
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, ct);
            if (body.Length > Instances.JsonBody.MaxBytes)
            {
                throw new ApiException(StatusCodes.Status413PayloadTooLarge, "The passthrough body is larger than the 1 MB limit.");
            }

            body.Position = 0;
            request.Content = new StreamContent(body);
        }

        foreach (var name in CopiedRequestHeaders)
        {
            if (http.Request.Headers.TryGetValue(name, out var value) && !request.Headers.TryAddWithoutValidation(name, (string?)value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (string?)value);
            }
        }

        await connector.AuthorizeAsync(call, request, ct);
        using var response = await VendorCall.SendAsync(call.Http, request, ct);
        http.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } contentType)
        {
            http.Response.ContentType = contentType.ToString();
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString();
        }

        await response.Content.CopyToAsync(http.Response.Body, ct);
    }

    /// <summary>The path under the root, refusing anything that would leave it (absolute URLs, <c>..</c>, other hosts).</summary>
    internal static Uri Resolve(Uri root, string path, string? query)
    {
        var decoded = Uri.UnescapeDataString(path);
        if (decoded.Contains("..", StringComparison.Ordinal) || decoded.Contains('\\') || decoded.StartsWith('/')
            || decoded.Contains("://", StringComparison.Ordinal) || decoded.Contains("//", StringComparison.Ordinal))
        {
            throw ApiException.BadRequest("The passthrough path must be relative to the vendor's API root, without '..', '//' or a scheme.");
        }

        var target = new Uri(root, path + query);
        return target.Host == root.Host && target.Scheme == root.Scheme && target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal)
            ? target
            : throw ApiException.BadRequest("The passthrough path leaves the vendor's API root.");
    }
}
