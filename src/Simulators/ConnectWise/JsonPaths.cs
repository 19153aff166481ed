using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// ConnectWise's slash paths (<c>company/name</c>, <c>_info/lastUpdated</c>) over entity JSON. Names
/// match without regard to case, as ConnectWise's own field names do.
/// </summary>
internal static class JsonPaths
{
    /// <summary>The non-null scalars at <paramref name="path"/>; a path through an array visits every element.</summary>
    public static IEnumerable<JsonValue> Values(JsonNode? node, IReadOnlyList<string> path, int at = 0)
    {
        switch (node)
        {
            case JsonArray array:
                return array.SelectMany(e => Values(e, path, at));
            case JsonObject obj when at < path.Count:
                return Child(obj, path[at]) is var (_, child) ? Values(child, path, at + 1) : [];
            case JsonValue value when at == path.Count && value.GetValueKind() != JsonValueKind.Null:
                return [value];
            default:
                return [];
        }
    }

    /// <summary>Whether anything but null is at <paramref name="path"/>: a value, an object or an array.</summary>
    public static bool Exists(JsonNode? node, IReadOnlyList<string> path, int at = 0) => node switch
    {
        null => false,
        _ when at == path.Count => node is not JsonValue v || v.GetValueKind() != JsonValueKind.Null,
        JsonArray array => array.Any(e => Exists(e, path, at)),
        JsonObject obj => Child(obj, path[at]) is var (_, child) && Exists(child, path, at + 1),
        _ => false,
    };

    /// <summary>The property named <paramref name="name"/> in any case, with its stored spelling.</summary>
    public static (string Name, JsonNode? Value)? Child(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return (name, exact);
        }

        foreach (var (key, value) in obj)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return (key, value);
            }
        }

        return null;
    }

    public static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    public static decimal? Number(JsonValue value) =>
        decimal.TryParse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A sort key: numbers as decimals, booleans, text (ISO dates sort as text); null when empty.</summary>
    public static IComparable? SortKey(JsonObject entity, IReadOnlyList<string> path) =>
        Values(entity, path).FirstOrDefault() is not { } value ? null
        : value.GetValueKind() switch
        {
            JsonValueKind.Number => Number(value),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => new CaseInsensitive(Text(value)),
        };

    /// <summary>Keeps only <paramref name="paths"/>, nested as they are in the entity; arrays keep the fields of each element.</summary>
    public static JsonObject Project(JsonObject entity, IReadOnlyList<string[]> paths) => (JsonObject)Project((JsonNode)entity, paths, 0)!;

    private static JsonNode? Project(JsonNode? node, IReadOnlyList<string[]> paths, int depth)
    {
        if (paths.Any(p => p.Length == depth) || node is JsonValue or null)
        {
            return node?.DeepClone();
        }

        if (node is JsonArray array)
        {
            return new JsonArray([.. array.Select(e => Project(e, paths, depth))]);
        }

        var source = (JsonObject)node;
        var result = new JsonObject();
        foreach (var group in paths.GroupBy(p => p[depth], StringComparer.OrdinalIgnoreCase))
        {
            if (Child(source, group.Key) is var (name, value))
            {
                result[name] = Project(value, [.. group], depth + 1);
            }
        }

        return result;
    }

    /// <summary>Text that orders as SQL Server's default collation does: without regard to case.</summary>
    private sealed record CaseInsensitive(string Text) : IComparable
    {
        public int CompareTo(object? obj) => StringComparer.OrdinalIgnoreCase.Compare(Text, (obj as CaseInsensitive)?.Text);
    }
}
