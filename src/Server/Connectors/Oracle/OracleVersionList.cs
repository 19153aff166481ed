using System.Text.Json;

namespace OpenElements.Server.Connectors.Oracle;

/// <summary>Reads <c>GET /crmRestApi/resources/</c>: <c>{"items":[{"version","isLatest",…}]}</c>.</summary>
internal static class OracleVersionList
{
    /// <summary>The version marked <c>isLatest</c>, else the highest one; null when the body is not a version list.</summary>
    public static string? Latest(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var versions = items.EnumerateArray()
                .Where(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String)
                .Select(i => (Name: i.GetProperty("version").GetString()!,
                              IsLatest: i.TryGetProperty("isLatest", out var l) && l.ValueKind == JsonValueKind.True))
                .ToList();
            return versions.Where(v => v.IsLatest).Select(v => v.Name).FirstOrDefault()
                // Release numbers compare as dotted integers: 11.13.18.05 is newer than 11.1.13.
                ?? versions.Select(v => v.Name).MaxBy(n => Version.TryParse(n, out var parsed) ? parsed : null);
        }
        catch (JsonException)
        {
            // An HTML sign-on page or proxy answer with status 200.
            return null;
        }
    }
}
