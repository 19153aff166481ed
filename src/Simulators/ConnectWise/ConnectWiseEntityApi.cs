using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// One entity collection's routes (vendors.md 4.3–4.4): list with paging, conditions, orderBy and
/// fields; count; get by id; and, when writable, POST (201), PUT (replace), PATCH (op array), DELETE (204).
/// </summary>
/// <param name="Path">The collection's path, e.g. <c>service/tickets/{parentId:int}/notes</c>.</param>
/// <param name="Collection">The collection for a request; null when its parent does not exist.</param>
/// <param name="ParentNoun">What the parent is called in the 404 when <paramref name="Collection"/> gives null.</param>
internal sealed record EntityRoute(
    string Path, ConnectWiseResource Resource, Func<ConnectWiseData, HttpContext, EntityCollection?> Collection, string? ParentNoun = null, bool Writable = true)
{
    public static int? ParentId(HttpContext http) => int.TryParse(http.GetRouteValue("parentId") as string, out var id) ? id : null;
}

internal static class ConnectWiseEntityApi
{
    public static void MapEntities(this IEndpointRouteBuilder api, EntityRoute route)
    {
        var path = "/" + route.Path;
        api.MapGet(path, (HttpContext http, ConnectWiseData data) => List(http, data, route)).CountsAs(RequestKind.List);
        api.MapGet(path + "/count", (HttpContext http, ConnectWiseData data) => Count(http, data, route)).CountsAs(RequestKind.Count);
        api.MapGet(path + "/{id:int}", (int id, HttpContext http, ConnectWiseData data) => Read(id, http, data, route)).CountsAs(RequestKind.Read);
        if (!route.Writable)
        {
            return;
        }

        api.MapPost(path, (HttpContext http, ConnectWiseData data, ConnectWiseWrites writes) => CreateAsync(http, data, writes, route)).CountsAs(RequestKind.Create);
        api.MapPut(path + "/{id:int}", (int id, HttpContext http, ConnectWiseData data, ConnectWiseWrites writes) => ReplaceAsync(id, http, data, writes, route))
            .CountsAs(RequestKind.Update);
        api.MapPatch(path + "/{id:int}", (int id, HttpContext http, ConnectWiseData data, ConnectWiseWrites writes) => PatchAsync(id, http, data, writes, route))
            .CountsAs(RequestKind.Update);
        api.MapDelete(path + "/{id:int}", (int id, HttpContext http, ConnectWiseData data) => Delete(id, http, data, route)).CountsAs(RequestKind.Delete);
    }

    private static IResult List(HttpContext http, ConnectWiseData data, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        ConnectWiseListQuery query;
        try
        {
            query = ConnectWiseListQuery.Read(http.Request.Query, route.Resource);
        }
        catch (ConditionsException e)
        {
            return new ConnectWiseError(e.Code, e.Message).ToResult();
        }

        var matching = query.Sorted(collection.Snapshot()).ToList();
        var page = ConnectWisePage.From(http.Request.Query);
        if (page.LinkHeader(http.Request, matching.Count) is { } link)
        {
            http.Response.Headers.Link = link;
        }

        return TypedResults.Json(page.Slice(matching).Select(query.Project).ToList());
    }

    private static IResult Count(HttpContext http, ConnectWiseData data, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        try
        {
            var query = ConnectWiseListQuery.Read(http.Request.Query, route.Resource);
            return TypedResults.Json(new CountBody(query.Matching(collection.Snapshot()).Count()));
        }
        catch (ConditionsException e)
        {
            return new ConnectWiseError(e.Code, e.Message).ToResult();
        }
    }

    private static IResult Read(int id, HttpContext http, ConnectWiseData data, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        if (collection.Find(id) is not { } entity)
        {
            return NotFound(id, route);
        }

        var fields = http.Request.Query["fields"].ToString();
        return TypedResults.Json(fields.Length == 0
            ? entity
            : JsonPaths.Project(entity, [.. fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.Split('/'))]));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ConnectWiseData data, ConnectWiseWrites writes, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        var (body, unreadable) = await ReadBodyAsync(http);
        if (unreadable is not null)
        {
            return unreadable.ToResult();
        }

        var parentId = EntityRoute.ParentId(http);
        var (entity, error) = collection.Add(id => writes.Prepare(route.Resource, body, null, parentId, id));
        if (entity is null)
        {
            return error!.ToResult();
        }

        // A ticket's initial description becomes its first note, as in ConnectWise's UI.
        if (route.Resource == ConnectWiseResource.Ticket && body?["initialDescription"] is JsonValue description
            && description.GetValueKind() == JsonValueKind.String && data.NotesOf((int)entity["id"]!) is { } notes)
        {
            var noteBody = new JsonObject { ["text"] = description.GetValue<string>(), ["detailDescriptionFlag"] = true };
            notes.Add(id => writes.Prepare(ConnectWiseResource.Note, noteBody, null, (int)entity["id"]!, id));
        }

        return TypedResults.Json(entity, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReplaceAsync(int id, HttpContext http, ConnectWiseData data, ConnectWiseWrites writes, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        var (body, unreadable) = await ReadBodyAsync(http);
        if (unreadable is not null)
        {
            return unreadable.ToResult();
        }

        var parentId = EntityRoute.ParentId(http);
        var (entity, error) = collection.Update(id, current => writes.Prepare(route.Resource, body, current, parentId, id));
        return entity is not null ? TypedResults.Json(entity) : error?.ToResult() ?? NotFound(id, route);
    }

    private static async Task<IResult> PatchAsync(int id, HttpContext http, ConnectWiseData data, ConnectWiseWrites writes, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        var (body, unreadable) = await ReadBodyAsync(http);
        if (unreadable is not null)
        {
            return unreadable.ToResult();
        }

        var parentId = EntityRoute.ParentId(http);
        var (entity, error) = collection.Update(id, current => ConnectWisePatch.Apply(current, body, route.Resource) switch
        {
            (null, var refused) => (null, refused),
            var (patched, _) => writes.Prepare(route.Resource, patched, current, parentId, id),
        });
        return entity is not null ? TypedResults.Json(entity) : error?.ToResult() ?? NotFound(id, route);
    }

    private static IResult Delete(int id, HttpContext http, ConnectWiseData data, EntityRoute route)
    {
        if (route.Collection(data, http) is not { } collection)
        {
            return ParentMissing(http, route);
        }

        // REVIEW: [M] ConnectWise refuses (409) to delete a record others still refer to; the simulator deletes it.
        return collection.Remove(id) ? TypedResults.NoContent() : NotFound(id, route);
    }

    // REVIEW: [M] message wording modelled on vendors.md's "Ticket ID 999 not found".
    private static IResult NotFound(int id, EntityRoute route) => ConnectWiseError.NotFound($"{route.Resource.Noun} ID {id} not found");

    private static IResult ParentMissing(HttpContext http, EntityRoute route) =>
        ConnectWiseError.NotFound($"{route.ParentNoun} ID {EntityRoute.ParentId(http)} not found");

    private static async Task<(JsonNode? Body, ConnectWiseError? Error)> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        try
        {
            return (text.Length == 0 ? null : JsonNode.Parse(text), null);
        }
        catch (JsonException e)
        {
            // REVIEW: [M] the wording; ConnectWise answers malformed JSON with 400.
            return (null, ConnectWiseError.BadRequest($"The request body is not valid JSON: {e.Message}"));
        }
    }

    private sealed record CountBody(int Count);
}
