using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Server.Connectors;

/// <summary>Vendor bodies are JSON until they are not (an HTML error page, an empty 204): parse or give null.</summary>
public static class VendorJson
{
    public static JsonNode? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The same from the body's bytes: parsing UTF-8 directly spares two transcodings of a large page.</summary>
    public static JsonNode? TryParse(ReadOnlySpan<byte> utf8)
    {
        // A BOM is legal in a UTF-8 body; the UTF-8 reader does not skip it the way string decoding does.
        utf8 = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(utf8);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The objects of a vendor's record array, taken out of it rather than copied: a node has one parent,
    /// and detaching is far cheaper than <c>DeepClone</c> on a page of hundreds. Null or not an array → none.
    /// </summary>
    public static List<JsonObject> TakeObjects(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return [];
        }

        var records = array.OfType<JsonObject>().ToList();
        array.Clear();
        return records;
    }
}
