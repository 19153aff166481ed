using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.Zoho;

/// <summary>The list parameters v1's read methods share, and how they render rows.</summary>
internal static class ZohoV1Rows
{
    /// <summary>The widest <c>fromIndex</c>..<c>toIndex</c> window v1 served.</summary>
    public const int MaxWindow = 200;

    /// <summary><c>fromIndex</c>/<c>toIndex</c>, 1-based and inclusive (default 1..20); null when out of bounds (4600).</summary>
    public static (int From, int To)? Window(ZohoV1Request call)
    {
        if (!Index(call.Get("fromIndex"), 1, out var from) || !Index(call.Get("toIndex"), 20, out var to))
        {
            return null;
        }

        return from >= 1 && to >= from && to - from + 1 <= MaxWindow ? (from, to) : null;
    }

    /// <summary>
    /// <c>selectColumns=Leads(First Name,Email)</c> or <c>All</c> (the default). Null means all; the id label is
    /// always returned. Returns false for a column list of another module (4600).
    /// </summary>
    // REVIEW: [M] labels the module does not have are left out silently; the id comes back even when not named.
    public static bool Columns(ZohoV1Request call, out HashSet<string>? columns)
    {
        columns = null;
        var text = call.Get("selectColumns");
        if (text is null || text.Equals("All", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var prefix = call.Module.Name + "(";
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || !text.EndsWith(')'))
        {
            return false;
        }

        columns = [.. text[prefix.Length..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), call.Module.IdLabel];
        return true;
    }

    /// <summary>
    /// <c>{"Leads":{"row":…}}</c> with rows numbered from 1. <c>newFormat=1</c> (and no newFormat) leaves empty
    /// fields out; <c>newFormat=2</c> lists them with the text <c>null</c>.
    /// </summary>
    // REVIEW: [M] "null" as the content of an empty field under newFormat=2 is as remembered from v1 clients.
    public static JsonObject Render(ZohoV1Request call, IReadOnlyList<ZohoRecord> records, HashSet<string>? columns)
    {
        var withEmpty = call.Get("newFormat") == "2";
        var rows = records.Select((record, index) => (JsonNode)new JsonObject
        {
            ["no"] = (index + 1).ToString(CultureInfo.InvariantCulture),
            ["FL"] = new JsonArray([.. record.Fields
                .Where(f => columns is null || columns.Contains(f.Key))
                .Where(f => withEmpty || f.Value.Length > 0)
                .Select(f => (JsonNode)new JsonObject { ["val"] = f.Key, ["content"] = f.Value.Length > 0 ? f.Value : "null" })]),
        }).ToList();
        return new JsonObject { [call.Module.Name] = new JsonObject { ["row"] = ZohoV1Json.OneOrMany(rows) } };
    }

    private static bool Index(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
