using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OpenElements.Server.Elements;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// v1 records to and from the hub's flat JSON: <c>{"no":"1","FL":[{"val":"Last Name","content":"Smith"}]}</c> ⇄
/// <c>{"Last Name":"Smith"}</c>, and a flat body to <c>xmlData</c>.
/// </summary>
internal static class ZohoV1Records
{
    /// <summary>The rows of <c>{"Leads":{"row":…}}</c>; <c>row</c> is an object for one record, an array for more.</summary>
    public static List<JsonObject> Rows(JsonNode? result, string module) =>
        result?[module]?["row"] switch
        {
            JsonObject one => [Flatten(one)],
            JsonArray many => [.. many.OfType<JsonObject>().Select(Flatten)],
            _ => [],
        };

    /// <summary>
    /// Label → value. Every v1 value is text; <c>"null"</c> (an empty field under <c>newFormat=2</c>) becomes JSON
    /// null, so the hub's null filtering applies to it.
    /// </summary>
    // REVIEW: [M] a field whose real text is "null" reads as empty; v1 gave no way to tell them apart.
    public static JsonObject Flatten(JsonObject row)
    {
        var record = new JsonObject();
        var fields = row["FL"] switch
        {
            JsonArray a => a.OfType<JsonObject>(),
            JsonObject o => [o],
            _ => [],
        };
        foreach (var field in fields)
        {
            if (field["val"]?.GetValue<string>() is not { } label)
            {
                continue;
            }

            var content = field["content"];
            var text = content is JsonValue v && v.TryGetValue<string>(out var s) ? s : content?.ToJsonString();
            record[label] = text is null or "null" ? null : text;
        }

        return record;
    }

    /// <summary>
    /// <c>&lt;Leads&gt;&lt;row no="1"&gt;&lt;FL val="Last Name"&gt;Smith&lt;/FL&gt;…</c> from a flat body. Read-only catalog
    /// fields (ids, owner, times) are left out, so a record read from the hub can be sent back as it is; a null
    /// empties the field on update and is left out on insert. XElement escapes the values.
    /// </summary>
    public static string XmlData(HubObjectDefinition definition, JsonObject body, bool keepNulls)
    {
        var readOnly = definition.Fields.Where(f => f.ReadOnly).Select(f => f.VendorPath).Append(definition.IdField).ToHashSet(StringComparer.Ordinal);
        var fields = new List<XElement>();
        foreach (var (label, value) in body)
        {
            if (readOnly.Contains(label) || (value is null && !keepNulls))
            {
                continue;
            }

            fields.Add(new XElement("FL", new XAttribute("val", label), Text(label, value)));
        }

        return new XElement(definition.VendorObject, new XElement("row", new XAttribute("no", "1"), fields)).ToString(SaveOptions.DisableFormatting);
    }

    private static string Text(string label, JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => throw ApiException.BadRequest($"Zoho CRM v1 fields hold text, numbers or booleans; '{label}' is {(value is JsonArray ? "an array" : "an object")}."),
    };
}
