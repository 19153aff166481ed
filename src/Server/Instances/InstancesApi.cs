using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenElements.Server.Auth;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Instances;

/// <summary>
/// <c>/instances</c> and <c>/elements/{keyOrId}/instances</c>, with the id-less forms that take the
/// instance from the Element token. Every route authenticates with the platform's header.
/// </summary>
public static class InstancesApi
{
    public static IEndpointRouteBuilder MapInstances(this IEndpointRouteBuilder routes)
    {
        var instances = routes.MapGroup("/instances").WithTags("Instances");
        instances.MapPost("", Create);
        instances.MapGet("", List);
        instances.MapGet("/{id:long}", Get);
        instances.MapPut("/{id:long}", Update);
        instances.MapPatch("/{id:long}", Update);
        instances.MapDelete("/{id:long}", Delete);
        instances.MapPut("/{id:long}/enabled", Enable);
        instances.MapDelete("/{id:long}/enabled", Disable);
        instances.MapGet("/{id:long}/configuration", Configuration);
        instances.MapGet("/{id:long}/configuration/{configId:long}", ConfigurationRow);
        instances.MapPatch("/{id:long}/configuration/{configId:long}", PatchConfigurationRow);

        // The same operations without an id: the Element token in the header says which instance.
        instances.MapPut("", UpdateByToken);
        instances.MapPatch("", UpdateByToken);
        instances.MapDelete("", DeleteByToken);
        instances.MapPut("/enabled", (HttpContext h, CallerResolver r, InstanceService s, CancellationToken ct) => EnabledByToken(h, r, s, true, ct));
        instances.MapDelete("/enabled", (HttpContext h, CallerResolver r, InstanceService s, CancellationToken ct) => EnabledByToken(h, r, s, false, ct));
        instances.MapGet("/configuration", ConfigurationByToken);
        instances.MapGet("/configuration/{configId:long}", ConfigurationRowByToken);
        instances.MapPatch("/configuration/{configId:long}", PatchConfigurationRowByToken);

        var byElement = routes.MapGroup("/elements/{keyOrId}/instances").WithTags("Instances");
        byElement.MapPost("", Create);
        byElement.MapGet("", List);
        byElement.MapGet("/{id:long}", Get);
        byElement.MapPut("/{id:long}", Update);
        byElement.MapPatch("/{id:long}", Update);
        byElement.MapDelete("/{id:long}", Delete);
        return routes;
    }

    private static async Task<Ok<InstanceView>> Create(HttpContext http, CallerResolver auth, InstanceService service, string? keyOrId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: false, ct);
        var request = InstanceRequest.Parse(await JsonBody.ReadAsync(http.Request, ct));
        return TypedResults.Ok(await service.CreateAsync(caller, keyOrId, request, ct));
    }

    private static async Task<Ok<List<InstanceView>>> List(
        HttpContext http, CallerResolver auth, InstanceService service, string? keyOrId, string? searchText, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: false, ct);
        var tags = http.Request.Query["tags[]"].Concat(http.Request.Query["tags"]).OfType<string>().ToList();
        return TypedResults.Ok(await service.ListAsync(caller, keyOrId, tags, searchText, ct));
    }

    private static async Task<Ok<InstanceView>> Get(HttpContext http, CallerResolver auth, InstanceService service, long id, string? keyOrId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: false, ct);
        return TypedResults.Ok(await service.GetAsync(caller, id, keyOrId, ct));
    }

    private static async Task<Ok<InstanceView>> Update(HttpContext http, CallerResolver auth, InstanceService service, long id, string? keyOrId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: false, ct);
        var request = InstanceRequest.Parse(await JsonBody.ReadAsync(http.Request, ct));
        return TypedResults.Ok(await service.UpdateAsync(caller, id, keyOrId, request, ct));
    }

    private static async Task<Ok> Delete(HttpContext http, CallerResolver auth, InstanceService service, long id, string? keyOrId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: false, ct);
        await service.DeleteAsync(caller, id, keyOrId, ct);
        return TypedResults.Ok();
    }

    private static async Task<Ok<InstanceView>> Enable(HttpContext http, CallerResolver auth, InstanceService service, long id, CancellationToken ct) =>
        TypedResults.Ok(await service.SetEnabledAsync(await auth.ResolveAsync(http, false, ct), id, true, ct));

    private static async Task<Ok<InstanceView>> Disable(HttpContext http, CallerResolver auth, InstanceService service, long id, CancellationToken ct) =>
        TypedResults.Ok(await service.SetEnabledAsync(await auth.ResolveAsync(http, false, ct), id, false, ct));

    private static async Task<Ok<List<ConfigurationRowView>>> Configuration(HttpContext http, CallerResolver auth, InstanceService service, long id, CancellationToken ct) =>
        TypedResults.Ok(await service.GetConfigurationAsync(await auth.ResolveAsync(http, false, ct), id, ct));

    private static async Task<Ok<ConfigurationRowView>> ConfigurationRow(
        HttpContext http, CallerResolver auth, InstanceService service, long id, long configId, CancellationToken ct) =>
        TypedResults.Ok(await service.GetConfigurationRowAsync(await auth.ResolveAsync(http, false, ct), id, configId, ct));

    private static async Task<Ok<ConfigurationRowView>> PatchConfigurationRow(
        HttpContext http, CallerResolver auth, InstanceService service, long id, long configId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, false, ct);
        var value = ReadPropertyValue(await JsonBody.ReadAsync(http.Request, ct));
        return TypedResults.Ok(await service.PatchConfigurationRowAsync(caller, id, configId, value, ct));
    }

    private static async Task<Ok<InstanceView>> UpdateByToken(HttpContext http, CallerResolver auth, InstanceService service, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        var request = InstanceRequest.Parse(await JsonBody.ReadAsync(http.Request, ct));
        return TypedResults.Ok(await service.UpdateAsync(caller, caller.InstanceId!.Value, null, request, ct));
    }

    private static async Task<Ok> DeleteByToken(HttpContext http, CallerResolver auth, InstanceService service, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        await service.DeleteAsync(caller, caller.InstanceId!.Value, null, ct);
        return TypedResults.Ok();
    }

    private static async Task<Ok<InstanceView>> EnabledByToken(HttpContext http, CallerResolver auth, InstanceService service, bool enabled, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        return TypedResults.Ok(await service.SetEnabledAsync(caller, caller.InstanceId!.Value, enabled, ct));
    }

    private static async Task<Ok<List<ConfigurationRowView>>> ConfigurationByToken(HttpContext http, CallerResolver auth, InstanceService service, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        return TypedResults.Ok(await service.GetConfigurationAsync(caller, caller.InstanceId!.Value, ct));
    }

    private static async Task<Ok<ConfigurationRowView>> ConfigurationRowByToken(
        HttpContext http, CallerResolver auth, InstanceService service, long configId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        return TypedResults.Ok(await service.GetConfigurationRowAsync(caller, caller.InstanceId!.Value, configId, ct));
    }

    private static async Task<Ok<ConfigurationRowView>> PatchConfigurationRowByToken(
        HttpContext http, CallerResolver auth, InstanceService service, long configId, CancellationToken ct)
    {
        var caller = await auth.ResolveAsync(http, requireElement: true, ct);
        var value = ReadPropertyValue(await JsonBody.ReadAsync(http.Request, ct));
        return TypedResults.Ok(await service.PatchConfigurationRowAsync(caller, caller.InstanceId!.Value, configId, value, ct));
    }

    private static string? ReadPropertyValue(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("propertyValue", out var value))
        {
            throw ApiException.BadRequest("The body must be the configuration row with a 'propertyValue', e.g. {\"propertyValue\":\"new value\"}.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetRawText(),
            _ => throw ApiException.BadRequest("'propertyValue' must be a string, a number, a boolean or null."),
        };
    }
}
