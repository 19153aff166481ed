using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// PATCH bodies: a JSON-Patch-like array <c>[{"op":"replace","path":"summary","value":"…"}]</c>
/// (vendors.md 4.3). <c>add</c> and <c>replace</c> set a value, <c>remove</c> clears one; paths are
/// slash paths with or without a leading slash.
/// </summary>
internal static class ConnectWisePatch
{
    /// <summary>The entity with the operations applied to a copy, or the reason the body is refused.</summary>
    public static (JsonObject? Patched, ConnectWiseError? Error) Apply(JsonObject entity, JsonNode? body, ConnectWiseResource resource)
    {
        // REVIEW: [M] the codes and wording of these refusals; ConnectWise's were not found.
        if (body is not JsonArray operations)
        {
            return (null, ConnectWiseError.BadRequest("The request body must be an array of patch operations."));
        }

        var patched = (JsonObject)entity.DeepClone();
        foreach (var operation in operations)
        {
            var op = ((string?)(operation as JsonObject)?["op"])?.ToLowerInvariant();
            var path = ((string?)(operation as JsonObject)?["path"])?.Trim('/').Split('/');
            if (op is not ("add" or "replace" or "remove") || path is null || path[0].Length == 0)
            {
                return (null, ConnectWiseError.BadRequest("Each patch operation needs an op of add, replace or remove, and a path."));
            }

            if (resource.Field(path[0]) is not { } field || field is "id" or "_info")
            {
                return (null, ConnectWiseError.BadRequest($"Cannot patch '{string.Join('/', path)}'."));
            }

            var target = patched;
            path[0] = field;
            for (var i = 0; i < path.Length - 1; i++)
            {
                if (JsonPaths.Child(target, path[i]) is not (_, JsonObject child))
                {
                    child = new JsonObject();
                    target[path[i]] = child;
                }

                target = child;
            }

            var name = JsonPaths.Child(target, path[^1])?.Name ?? path[^1];
            target[name] = op == "remove" ? null : operation!["value"]?.DeepClone();
        }

        return (patched, null);
    }
}
