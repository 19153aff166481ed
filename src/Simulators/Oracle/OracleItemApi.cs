using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// Item routes and writes: <c>GET /{resource}/{key}</c>, <c>POST /{resource}</c> → 201 + item,
/// <c>PATCH</c> (merge) → 200 + item, <c>DELETE</c> → 204 (vendors.md 3.2).
/// </summary>
internal static class OracleItemApi
{
    public static IResult Get(string version, string resource, string key, HttpContext http, OracleStore store)
    {
        if (OracleCrmApi.Resolve(http, version, resource, out var target, out _) is { } refused)
        {
            return refused;
        }

        var fields = OracleListQuery.ReadFields(http.Request.Query, target, out var error);
        if (error is not null)
        {
            return OracleErrors.BadRequest(http, error);
        }

        var table = store.Table(target);
        return table.Find(key) is { } row
            ? OracleJson.Item(OracleJson.Item(target, row, key, OracleCrmApi.CollectionHref(http.Request, target),
                withLinks: !OracleListQuery.IsTrue(http.Request.Query, "onlyData"), fields))
            : NotFound(http, target, key);
    }

    public static async Task<IResult> CreateAsync(string version, string resource, HttpContext http, OracleStore store, OracleBasicUser user, TimeProvider time)
    {
        if (OracleCrmApi.Resolve(http, version, resource, out var target, out _) is { } refused)
        {
            return refused;
        }

        var (values, error) = await ReadBodyAsync(http, target, create: true);
        if (values is null)
        {
            return error!;
        }

        var table = store.Table(target);
        if (table.Insert(values, Now(time), user.Username) is not { } row)
        {
            // REVIEW: [M] ADF's duplicate-key answer (JBO-25013 "Too many objects match the primary key").
            return OracleErrors.BadRequest(http, $"A row with {target.Key} {values[target.Key]} already exists in {target.Name}.");
        }

        var key = table.KeyOf(row);
        var collection = OracleCrmApi.CollectionHref(http.Request, target);
        // REVIEW: [M] Location on the 201; ADF sends one for a created item.
        http.Response.Headers.Location = $"{collection}/{Uri.EscapeDataString(key)}";
        return OracleJson.Item(OracleJson.Item(target, row, key, collection, withLinks: true), StatusCodes.Status201Created);
    }

    public static async Task<IResult> UpdateAsync(string version, string resource, string key, HttpContext http, OracleStore store, OracleBasicUser user, TimeProvider time)
    {
        if (OracleCrmApi.Resolve(http, version, resource, out var target, out _) is { } refused)
        {
            return refused;
        }

        var table = store.Table(target);
        if (table.Find(key) is null)
        {
            return NotFound(http, target, key);
        }

        var (values, error) = await ReadBodyAsync(http, target, create: false);
        if (values is null)
        {
            return error!;
        }

        // Deleted between the two looks: still a 404.
        return table.Update(key, values, Now(time), user.Username) is { } row
            ? OracleJson.Item(OracleJson.Item(target, row, key, OracleCrmApi.CollectionHref(http.Request, target), withLinks: true))
            : NotFound(http, target, key);
    }

    public static IResult Delete(string version, string resource, string key, HttpContext http, OracleStore store)
    {
        if (OracleCrmApi.Resolve(http, version, resource, out var target, out _) is { } refused)
        {
            return refused;
        }

        return store.Table(target).Delete(key) ? Results.NoContent() : NotFound(http, target, key);
    }

    private static async Task<(Dictionary<string, object?>? Values, IResult? Error)> ReadBodyAsync(HttpContext http, OracleResource target, bool create)
    {
        // Fusion takes its own item media type or plain JSON (vendors.md 3.2); anything else is a 415.
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim() ?? "";
        if (!mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, OracleErrors.Status(http, StatusCodes.Status415UnsupportedMediaType,
                $"The media type '{mediaType}' is not supported; send {OracleJson.ItemType} or application/json."));
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, OracleErrors.BadRequest(http, "The request body is not valid JSON: " + e.Message));
        }

        var (values, error) = OracleBody.Read(body, target, create);
        return values is null ? (null, OracleErrors.BadRequest(http, error!)) : (values, null);
    }

    private static IResult NotFound(HttpContext http, OracleResource target, string key) =>
        OracleErrors.NotFound(http, $"The {target.Name} item with {target.Key} {key} does not exist.");

    // Whole seconds, like every timestamp the pod shows.
    private static DateTimeOffset Now(TimeProvider time) => DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
}
