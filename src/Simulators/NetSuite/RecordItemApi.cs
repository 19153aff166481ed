using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// One record: <c>GET /{record}/{id}?fields=</c>, <c>POST /{record}</c> → 204 + Location,
/// <c>PATCH</c> (merge) → 204, <c>DELETE</c> → 204 (vendors.md 1.3).
/// </summary>
internal static class RecordItemApi
{
    public static IResult Get(string record, string id, HttpRequest request, RecordStore store)
    {
        if (RecordTypes.Find(record) is not { } type)
        {
            return RecordApi.UnknownType(record);
        }

        // expandSubResources is accepted and ignored: the simulated records have no sublists.
        HashSet<string>? fields = null;
        if (request.Query["fields"].ToString() is { Length: > 0 } list)
        {
            fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (type.Field(name) is not { } field)
                {
                    // REVIEW: [M] whether NetSuite refuses or ignores an unknown name in fields.
                    return RestErrors.InvalidParameter("fields", $"Invalid value for the parameter fields: '{name}' is not a field of record type '{type.Name}'.");
                }

                fields.Add(field.Name);
            }
        }

        return ParseId(id) is { } internalId && store.Table(type).Find(internalId) is { } found
            ? Results.Content(RecordJson.Record(RecordJson.Origin(request), type, found, fields).ToJsonString(RestErrors.Json), RecordJson.RecordType)
            : RestErrors.NotFound();
    }

    public static async Task<IResult> CreateAsync(string record, HttpContext http, RecordStore store, TimeProvider time)
    {
        if (RecordTypes.Find(record) is not { } type)
        {
            return RecordApi.UnknownType(record);
        }

        var (values, error) = await ReadAsync(http, type, store, create: true);
        if (values is null)
        {
            return error!;
        }

        var created = store.Table(type).Insert(values, Now(time));
        // The only answer to a create is where the record now lives.
        http.Response.Headers.Location = $"{RecordJson.Origin(http.Request)}/{type.Name}/{created.Id}";
        return Results.NoContent();
    }

    public static async Task<IResult> UpdateAsync(string record, string id, HttpContext http, RecordStore store, TimeProvider time)
    {
        if (RecordTypes.Find(record) is not { } type)
        {
            return RecordApi.UnknownType(record);
        }

        var table = store.Table(type);
        if (ParseId(id) is not { } internalId || table.Find(internalId) is null)
        {
            return RestErrors.NotFound();
        }

        var (values, error) = await ReadAsync(http, type, store, create: false);
        if (values is null)
        {
            return error!;
        }

        return table.Update(internalId, values, Now(time)) is null ? RestErrors.NotFound() : Results.NoContent();
    }

    public static IResult Delete(string record, string id, RecordStore store)
    {
        if (RecordTypes.Find(record) is not { } type)
        {
            return RecordApi.UnknownType(record);
        }

        return ParseId(id) is { } internalId && store.Table(type).Delete(internalId) ? Results.NoContent() : RestErrors.NotFound();
    }

    private static async Task<(Dictionary<string, object?>? Values, IResult? Error)> ReadAsync(HttpContext http, RecordType type, RecordStore store, bool create)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, RestErrors.InvalidContent("The request body is not valid JSON: " + e.Message));
        }

        return RecordBody.Read(body, type, store, http.Request, create);
    }

    private static long? ParseId(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    // Whole seconds, like every timestamp NetSuite shows.
    private static DateTimeOffset Now(TimeProvider time) => DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
}
