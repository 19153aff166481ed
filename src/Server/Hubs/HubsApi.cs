using System.Text.Json;
using System.Text.Json.Nodes;
using OpenElements.Server.Auth;
using OpenElements.Server.Errors;
using OpenElements.Server.Instances;

namespace OpenElements.Server.Hubs;

/// <summary>
/// <c>/hubs/{hub}/…</c>: the instance's records through its vendor. The hub segment is ignored, as on the
/// platform (<c>/hubs/crm/accounts</c> and <c>/hubs/anything/accounts</c> answer alike); the Element
/// token picks the instance.
/// </summary>
public static class HubsApi
{
    public static IEndpointRouteBuilder MapHubs(this IEndpointRouteBuilder routes)
    {
        var hubs = routes.MapGroup("/hubs/{hub}").WithTags("Hubs");
        hubs.MapGet("/ping", Ping);
        hubs.MapGet("/objects", Objects);
        hubs.MapGet("/objects/{objectName}/metadata", Metadata);
        hubs.MapGet("/{objectName}", List);
        hubs.MapPost("/{objectName}", Create);
        hubs.MapGet("/{objectName}/{id}", Get);
        hubs.MapPatch("/{objectName}/{id}", (HttpContext h, CallerResolver a, HubService s, string objectName, string id, CancellationToken ct) => Update(h, a, s, objectName, id, false, ct));
        hubs.MapPut("/{objectName}/{id}", (HttpContext h, CallerResolver a, HubService s, string objectName, string id, CancellationToken ct) => Update(h, a, s, objectName, id, true, ct));
        hubs.MapDelete("/{objectName}/{id}", Delete);
        hubs.MapGet("/{objectName}/{id}/{child}", ListChildren);
        hubs.MapPost("/{objectName}/{id}/{child}", CreateChild);
        return routes;
    }

    private static async Task<HubInstance> Instance(HttpContext http, CallerResolver auth, HubService hubs, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        var instance = hubs.Load(caller, allowDisabled: false);
        HubService.MarkInstance(http, instance);
        return instance;
    }

    private static async Task<IResult> Ping(HttpContext http, CallerResolver auth, HubService hubs, TimeProvider time, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = hubs.PrepareForInstance(instance);
        await connector.PingAsync(call, ct);
        return TypedResults.Ok(new { dateTime = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), endpoint = instance.Element.Key });
    }

    private static async Task<IResult> Objects(HttpContext http, CallerResolver auth, HubService hubs, CancellationToken ct)
    {
        // Works on a disabled instance too: the platform keeps /objects available.
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        var instance = hubs.Load(caller, allowDisabled: true);
        HubService.MarkInstance(http, instance);
        return TypedResults.Ok(instance.Element.Objects.Keys.Order(StringComparer.Ordinal).ToList());
    }

    private static async Task<IResult> Metadata(HttpContext http, CallerResolver auth, HubService hubs, string objectName, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        var instance = hubs.Load(caller, allowDisabled: true);
        if (!instance.Element.Objects.TryGetValue(objectName, out var definition))
        {
            throw ApiException.NotFound($"Element '{instance.Element.Key}' has no '{objectName}' object.");
        }

        return TypedResults.Ok(new
        {
            fields = definition.Fields.Select(f => new
            {
                vendorPath = f.VendorPath,
                type = f.Type,
                vendorReadOnly = f.ReadOnly,
                vendorRequired = f.Required,
                vendorDisplayName = f.VendorPath,
            }),
        });
    }

    private static async Task<IResult> List(HttpContext http, CallerResolver auth, HubService hubs, string objectName, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = hubs.Prepare(instance, objectName);
        var query = HubQueryParser.Parse(http.Request.Query, call.ObjectName);
        var page = await connector.ListAsync(call, query, ct);
        return Page(http, instance, call.ObjectName, query, page);
    }

    private static async Task<IResult> Get(HttpContext http, CallerResolver auth, HubService hubs, string objectName, string id, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = hubs.Prepare(instance, objectName);
        return TypedResults.Ok(HubService.Shape(instance, await connector.GetAsync(call, id, ct)));
    }

    private static async Task<IResult> Create(HttpContext http, CallerResolver auth, HubService hubs, string objectName, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = PrepareWrite(hubs, instance, objectName, http);
        var record = await RecordBody(http, ct);
        return TypedResults.Ok(HubService.Shape(instance, await connector.CreateAsync(call, record, ct)));
    }

    private static async Task<IResult> Update(HttpContext http, CallerResolver auth, HubService hubs, string objectName, string id, bool replace, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = PrepareWrite(hubs, instance, objectName, http);
        var record = await RecordBody(http, ct);
        return TypedResults.Ok(HubService.Shape(instance, await connector.UpdateAsync(call, id, record, replace, ct)));
    }

    private static async Task<IResult> Delete(HttpContext http, CallerResolver auth, HubService hubs, string objectName, string id, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = PrepareWrite(hubs, instance, objectName, http);
        await connector.DeleteAsync(call, id, ct);
        return TypedResults.Ok();
    }

    private static async Task<IResult> ListChildren(HttpContext http, CallerResolver auth, HubService hubs, string objectName, string id, string child, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        var (connector, call) = hubs.Prepare(instance, objectName);
        var childPath = ChildPath(call, child);
        var query = HubQueryParser.Parse(http.Request.Query, $"{call.ObjectName}/{id}/{child}");
        var page = await connector.ListChildrenAsync(call, id, childPath, query, ct);
        return Page(http, instance, $"{call.ObjectName}/{id}/{child}", query, page);
    }

    private static async Task<IResult> CreateChild(HttpContext http, CallerResolver auth, HubService hubs, string objectName, string id, string child, CancellationToken ct)
    {
        var instance = await Instance(http, auth, hubs, ct);
        // A child collection is its own resource: a read-only parent may still take children.
        var (connector, call) = hubs.Prepare(instance, objectName);
        var record = await RecordBody(http, ct);
        return TypedResults.Ok(HubService.Shape(instance, await connector.CreateChildAsync(call, id, ChildPath(call, child), record, ct)));
    }

    /// <summary>Prepares a write, refusing it before any vendor call when the catalog says the object is read-only.</summary>
    private static (IHubConnector Connector, HubCall Call) PrepareWrite(HubService hubs, HubInstance instance, string objectName, HttpContext http)
    {
        var prepared = hubs.Prepare(instance, objectName);
        return prepared.Call.Object.ReadOnly
            ? throw ApiException.MethodNotAllowed(
                $"'{prepared.Call.ObjectName}' is read-only on {instance.Element.Key}: the hub offers GET only, not {http.Request.Method}.", "GET")
            : prepared;
    }

    private static string ChildPath(HubCall call, string child) =>
        call.Object.Children.TryGetValue(child, out var path)
            ? path
            : throw ApiException.NotFound($"'{call.ObjectName}' has no '{child}' child resource" +
                (call.Object.Children.Count > 0 ? $"; it has: {string.Join(", ", call.Object.Children.Keys)}." : "."));

    private static IResult Page(HttpContext http, HubInstance instance, string objectName, HubQuery query, HubPage page)
    {
        var headers = http.Response.Headers;
        headers["Elements-Returned-Count"] = page.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (page.HasMore)
        {
            headers["Elements-Next-Page-Token"] = new PageToken(objectName, query.QueryHash, query.Offset + page.Items.Count, page.NextCursor).Encode();
        }

        if (query.ReturnTotalCount && page.TotalCount is { } total)
        {
            headers["Elements-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new RecordPageResult(page.Items, HubService.DropsNulls(instance));
    }

    private static async Task<JsonObject> RecordBody(HttpContext http, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync(http.Request, ct);
        return body.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(body)!
            : throw ApiException.BadRequest("The request body must be a JSON object: the record's fields.");
    }
}
