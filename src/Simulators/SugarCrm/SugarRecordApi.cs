using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// ModuleApi and FilterApi for the seeded modules (vendors.md 5.2–5.3): list, filter and count, and
/// create, read, update and delete by id.
/// </summary>
internal static class SugarRecordApi
{
    public static void MapSugarRecords(this IEndpointRouteBuilder v10)
    {
        var module = v10.MapGroup("/{module}").AddEndpointFilter<SugarModuleFilter>().AddEndpointFilter<SugarOAuthFilter>();
        module.MapGet("", List).CountsAs(RequestKind.List);
        module.MapGet("/filter", List).CountsAs(RequestKind.List);
        module.MapPost("/filter", ListPost).CountsAs(RequestKind.List);
        module.MapGet("/count", Count).CountsAs(RequestKind.Count);
        module.MapGet("/filter/count", Count).CountsAs(RequestKind.Count);
        module.MapPost("/filter/count", CountPost).CountsAs(RequestKind.Count);
        module.MapPost("", Create).CountsAs(RequestKind.Create);
        module.MapGet("/{id}", Read).CountsAs(RequestKind.Read);
        module.MapPut("/{id}", Update).CountsAs(RequestKind.Update);
        module.MapDelete("/{id}", Delete).CountsAs(RequestKind.Delete);
    }

    private static IResult List(HttpContext http, SugarData data, SugarCrmSimulatorOptions options) => Page(http, null, data, options);

    private static async Task<IResult> ListPost(HttpContext http, SugarData data, SugarCrmSimulatorOptions options) =>
        await ReadBodyAsync(http) switch
        {
            (_, { } error) => error,
            var (body, _) => Page(http, body, data, options),
        };

    private static IResult Count(HttpContext http, SugarData data, SugarCrmSimulatorOptions options) => Total(http, null, data, options);

    private static async Task<IResult> CountPost(HttpContext http, SugarData data, SugarCrmSimulatorOptions options) =>
        await ReadBodyAsync(http) switch
        {
            (_, { } error) => error,
            var (body, _) => Total(http, body, data, options),
        };

    private static IResult Page(HttpContext http, JsonObject? body, SugarData data, SugarCrmSimulatorOptions options)
    {
        var module = SugarModuleFilter.ModuleOf(http);
        try
        {
            var query = SugarListQuery.Read(http.Request.Query, body, options.MaxRecordFetchSize);
            var (records, next) = query.Page(data[module].Snapshot(), module, SugarOAuthFilter.SessionOf(http).UserId);
            return TypedResults.Json(new ListBody(next, records));
        }
        catch (SugarFilterException e)
        {
            return SugarError.InvalidParameter(e.Message);
        }
    }

    private static IResult Total(HttpContext http, JsonObject? body, SugarData data, SugarCrmSimulatorOptions options)
    {
        var module = SugarModuleFilter.ModuleOf(http);
        try
        {
            var query = SugarListQuery.Read(http.Request.Query, body, options.MaxRecordFetchSize);
            return TypedResults.Json(new CountBody(query.Matching(data[module].Snapshot(), module, SugarOAuthFilter.SessionOf(http).UserId).Count()));
        }
        catch (SugarFilterException e)
        {
            return SugarError.InvalidParameter(e.Message);
        }
    }

    private static IResult Read(string id, HttpContext http, SugarData data)
    {
        var module = SugarModuleFilter.ModuleOf(http);
        if (data[module].Find(id) is not { } record)
        {
            return SugarError.NotFound(id, module);
        }

        var fields = http.Request.Query["fields"].ToString() is { Length: > 0 } f ? f.Split(',', StringSplitOptions.TrimEntries) : null;
        return TypedResults.Json(SugarListQuery.Project(record, module, fields));
    }

    private static async Task<IResult> Create(HttpContext http, SugarData data, TimeProvider time)
    {
        var module = SugarModuleFilter.ModuleOf(http);
        var (body, error) = await ReadBodyAsync(http);
        if (error is not null)
        {
            return error;
        }

        var userId = SugarOAuthFilter.SessionOf(http).UserId;
        var now = time.GetUtcNow();
        var record = SugarRecordWriter.New(module, userId, now);
        if (SugarRecordWriter.Apply(record, module, body ?? [], userId, now, data[SugarModule.Accounts].Find) is { } invalid)
        {
            return invalid;
        }

        data[module].Add(record);
        return TypedResults.Json(record);
    }

    private static async Task<IResult> Update(string id, HttpContext http, SugarData data, TimeProvider time)
    {
        var module = SugarModuleFilter.ModuleOf(http);
        var (body, error) = await ReadBodyAsync(http);
        if (error is not null)
        {
            return error;
        }

        var userId = SugarOAuthFilter.SessionOf(http).UserId;
        var now = time.GetUtcNow();
        var accounts = data[SugarModule.Accounts];
        var (record, invalid) = data[module].Update(id, copy => SugarRecordWriter.Apply(copy, module, body ?? [], userId, now, accounts.Find));
        return record is not null ? TypedResults.Json(record) : invalid ?? SugarError.NotFound(id, module);
    }

    private static IResult Delete(string id, HttpContext http, SugarData data)
    {
        var module = SugarModuleFilter.ModuleOf(http);
        // Sugar marks the row deleted; to every API call afterwards it is simply gone.
        return data[module].Remove(id) ? TypedResults.Json(new DeletedBody(id)) : SugarError.NotFound(id, module);
    }

    /// <summary>The JSON object body; empty means no arguments. REVIEW: [M] the error for a body that is not JSON.</summary>
    private static async Task<(JsonObject? Body, SugarError? Error)> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject body
                ? (body, null)
                : (null, SugarError.InvalidParameter("The request body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, SugarError.InvalidParameter("Could not parse the JSON request body."));
        }
    }

    private sealed record ListBody(
        [property: JsonPropertyName("next_offset")] int NextOffset,
        [property: JsonPropertyName("records")] IReadOnlyList<JsonObject> Records);

    private sealed record CountBody([property: JsonPropertyName("record_count")] int RecordCount);

    private sealed record DeletedBody([property: JsonPropertyName("id")] string Id);
}
