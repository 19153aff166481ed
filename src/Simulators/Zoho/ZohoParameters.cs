using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// Zoho's servlets read a parameter from the query string or a form body alike, so the simulator does
/// too: v1 docs show query strings, later ones POST forms, and clients used both.
/// </summary>
internal static class ZohoParameters
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpRequest request)
    {
        // Names are case-sensitive, as in a Java servlet; a form value wins over the query string.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query)
        {
            values[name] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (name, value) in form)
            {
                values[name] = value.ToString();
            }
        }

        return values;
    }

    public static string? Get(this IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
