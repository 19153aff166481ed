using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// The fields of a <c>/oauth2/token</c> or <c>/oauth2/logout</c> call. Sugar reads the JSON body; form
/// posts (the OAuth 2.0 standard encoding) are accepted too. Empty values count as absent, as in oauth2-php.
/// </summary>
internal sealed class SugarTokenRequest
{
    private readonly Dictionary<string, string> _fields;

    private SugarTokenRequest(Dictionary<string, string> fields) => _fields = fields;

    public string? GrantType => this["grant_type"];

    public string? ClientId => this["client_id"];

    public string ClientSecret => this["client_secret"] ?? "";

    public string? UserName => this["username"];

    public string? Password => this["password"];

    public string? RefreshToken => this["refresh_token"];

    /// <summary>Sugar's default platform when the client names none.</summary>
    public string Platform => this["platform"] ?? "base";

    private string? this[string name] => _fields.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public static async Task<SugarTokenRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(ct))
            {
                fields[key] = value.ToString();
            }

            return new SugarTokenRequest(fields);
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    // oauth2-php filters every field as a scalar; numbers pass as their text, the rest as absent.
                    fields[p.Name] = p.Value.ValueKind switch
                    {
                        JsonValueKind.String => p.Value.GetString()!,
                        JsonValueKind.Number => p.Value.GetRawText(),
                        _ => "",
                    };
                }
            }
        }
        catch (JsonException)
        {
            // REVIEW: [M] an unreadable body is treated as empty, so it fails as a missing grant_type.
        }

        return new SugarTokenRequest(fields);
    }
}
