using System.Text.Json;
using System.Text.RegularExpressions;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Instances;

/// <summary>
/// A create or update body, checked field by field so every wrong type gets a 400 that names it.
/// Fields the platform's GET returns (id, token, element details…) are ignored on the way back in,
/// because clients PUT the whole GET body.
/// </summary>
public sealed partial record InstanceRequest(
    string? ElementKey,
    long? ElementId,
    bool HasElement,
    string? Name,
    List<string>? Tags,
    Dictionary<string, string?>? Configuration,
    string? ExternalAuthentication,
    IReadOnlyList<string> Problems)
{
    private const int MaxNameLength = 500;

    public static InstanceRequest Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest($"The request body must be a JSON object, not {Describe(root.ValueKind)}.");
        }

        // Every field is checked and every problem reported in one answer; the caller adds the
        // missing-element problem first, since the element decides what the rest must be.
        var problems = new List<string>();
        string? key = null;
        long? id = null;
        var hasElement = root.TryGetProperty("element", out var element);
        if (hasElement)
        {
            (key, id) = Collect(problems, () => ParseElement(element));
        }

        return new InstanceRequest(
            key,
            id,
            hasElement,
            Collect(problems, () => ParseName(root)),
            Collect(problems, () => ParseTags(root)),
            Collect(problems, () => ParseConfiguration(root)),
            Collect(problems, () => OptionalString(root, "externalAuthentication")),
            problems);
    }

    /// <summary>Throws one 400 naming every problem, <paramref name="first"/> (if any) leading.</summary>
    public void ThrowIfInvalid(string? first = null)
    {
        var all = first is null ? Problems : [first, .. Problems];
        if (all.Count > 0)
        {
            throw ApiException.BadRequest(string.Join(" ", all.Select(p => p.EndsWith('.') ? p : p + ".")));
        }
    }

    private static T? Collect<T>(List<string> problems, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (ApiException e)
        {
            problems.Add(e.Message);
            return default;
        }
    }

    private static (string? Key, long? Id) ParseElement(JsonElement element)
    {
        const string Shape = "'element' must be an object with a 'key' (string) or an 'id' (number), e.g. {\"element\":{\"key\":\"zohocrm\"}}.";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest(Shape);
        }

        string? key = null;
        long? id = null;
        if (element.TryGetProperty("key", out var k))
        {
            key = k.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(k.GetString()) ? k.GetString()!.Trim() : throw ApiException.BadRequest(Shape);
        }

        if (element.TryGetProperty("id", out var i))
        {
            id = i.ValueKind == JsonValueKind.Number && i.TryGetInt64(out var n) ? n : throw ApiException.BadRequest(Shape);
        }

        return key is null && id is null ? throw ApiException.BadRequest(Shape) : (key, id);
    }

    private static string? ParseName(JsonElement root)
    {
        var name = OptionalString(root, "name");
        if (name is null)
        {
            return null;
        }

        name = StripHtml(name);
        return name.Length switch
        {
            0 => throw ApiException.BadRequest("'name' must not be empty."),
            > MaxNameLength => throw ApiException.BadRequest($"'name' is longer than {MaxNameLength} characters."),
            _ => name,
        };
    }

    private static List<string>? ParseTags(JsonElement root)
    {
        if (!root.TryGetProperty("tags", out var tags) || tags.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (tags.ValueKind != JsonValueKind.Array)
        {
            throw ApiException.BadRequest($"'tags' must be an array of strings, not {Describe(tags.ValueKind)}.");
        }

        var result = new List<string>();
        foreach (var tag in tags.EnumerateArray())
        {
            // The platform's own GET shows tags both as strings and as {id, name}; accept both back.
            var text = tag.ValueKind switch
            {
                JsonValueKind.String => tag.GetString()!,
                JsonValueKind.Object when tag.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString()!,
                _ => throw ApiException.BadRequest($"'tags' must be an array of strings; found {Describe(tag.ValueKind)}."),
            };
            text = StripHtml(text);
            if (text.Length > MaxNameLength)
            {
                throw ApiException.BadRequest($"A tag is longer than {MaxNameLength} characters.");
            }

            if (text.Length > 0 && !result.Contains(text, StringComparer.Ordinal))
            {
                result.Add(text);
            }
        }

        return result;
    }

    private static Dictionary<string, string?>? ParseConfiguration(JsonElement root)
    {
        if (!root.TryGetProperty("configuration", out var config) || config.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (config.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest($"'configuration' must be an object of key/value pairs, not {Describe(config.ValueKind)}.");
        }

        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in config.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(property.Name) || property.Name.Length > 200)
            {
                throw ApiException.BadRequest("Configuration keys must be non-empty and at most 200 characters.");
            }

            // Stored and echoed config values are strings; booleans and numbers keep their JSON text,
            // nested objects (event.poller.configuration) are kept as a JSON string.
            result[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }

        return result;
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw ApiException.BadRequest($"'{name}' must be a string, not {Describe(value.ValueKind)}.");
    }

    /// <summary>The platform strips HTML from names and tags (churros' XSS test).</summary>
    internal static string StripHtml(string value) => Html().Replace(value, "").Trim();

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Html();
}
