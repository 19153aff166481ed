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
}
