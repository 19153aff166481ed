using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenElements.Server.Auth;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Elements;

/// <summary><c>/elements</c>: the catalog as the platform shows it.</summary>
public static class ElementsApi
{
    public static IEndpointRouteBuilder MapElements(this IEndpointRouteBuilder routes)
    {
        var elements = routes.MapGroup("/elements").WithTags("Elements");
        elements.MapGet("", List);
        elements.MapGet("/keys", Keys);
        elements.MapGet("/{keyOrId}", Get);
        elements.MapGet("/{keyOrId}/configuration", Configuration);
        return routes;
    }

    private static async Task<Ok<List<JsonObject>>> List(HttpContext http, CallerResolver auth, ElementCatalog catalog, CancellationToken ct)
    {
        await auth.ResolveAsync(http, requireElement: false, ct);
        return TypedResults.Ok(catalog.All.Select(e => Describe(e, withConfiguration: false)).ToList());
    }

    private static async Task<Ok<List<string>>> Keys(HttpContext http, CallerResolver auth, ElementCatalog catalog, CancellationToken ct)
    {
        await auth.ResolveAsync(http, requireElement: false, ct);
        return TypedResults.Ok(catalog.All.Select(e => e.Key).ToList());
    }

    private static async Task<Ok<JsonObject>> Get(HttpContext http, CallerResolver auth, ElementCatalog catalog, string keyOrId, CancellationToken ct)
    {
        await auth.ResolveAsync(http, requireElement: false, ct);
        return TypedResults.Ok(Describe(Find(catalog, keyOrId), withConfiguration: true));
    }

    private static async Task<Ok<JsonArray>> Configuration(HttpContext http, CallerResolver auth, ElementCatalog catalog, string keyOrId, CancellationToken ct)
    {
        await auth.ResolveAsync(http, requireElement: false, ct);
        return TypedResults.Ok(ConfigurationOf(Find(catalog, keyOrId)));
    }

    private static ElementDefinition Find(ElementCatalog catalog, string keyOrId) =>
        catalog.Find(keyOrId) ?? throw ApiException.NotFound($"No element found with key or id '{keyOrId}'.");

    private static JsonObject Describe(ElementDefinition element, bool withConfiguration)
    {
        var json = (JsonObject)element.Element.DeepClone();
        json["hub"] ??= element.Hub;
        json["authenticationTypes"] = new JsonArray([.. element.AuthTypes.Keys.Select(k => JsonValue.Create(k))]);
        if (withConfiguration)
        {
            json["configuration"] = ConfigurationOf(element);
        }

        return json;
    }

    /// <summary>Entries in the platform's element-configuration shape; ids are positions, stable per catalog.</summary>
    private static JsonArray ConfigurationOf(ElementDefinition element) =>
        new([.. element.Configuration.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = element.Id * 1000 + i + 1,
            ["key"] = c.Key,
            ["name"] = c.Name,
            ["description"] = c.Description ?? c.Name,
            ["defaultValue"] = c.DefaultValue,
            ["type"] = c.Type,
            ["required"] = c.Required,
            ["hideFromConsole"] = c.HideFromConsole,
            ["internal"] = c.Internal,
            ["active"] = true,
            ["displayOrder"] = i + 1,
            ["authenticationTypes"] = c.AuthTypes is null ? null : new JsonArray([.. c.AuthTypes.Select(a => JsonValue.Create(a))]),
        })]);
}
