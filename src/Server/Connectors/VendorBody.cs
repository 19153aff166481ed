using System.Text;
using System.Text.Json.Nodes;

namespace OpenElements.Server.Connectors;

/// <summary>
/// A vendor response body read once, as bytes: JSON is parsed straight from UTF-8 (a page of records is not
/// transcoded to a string and back), and the text is built only when an error message needs it.
/// </summary>
public sealed class VendorBody
{
    private readonly byte[] _bytes;
    private string? _text;

    private VendorBody(byte[] bytes)
    {
        _bytes = bytes;
        Json = VendorJson.TryParse(bytes);
    }

    public static async Task<VendorBody> ReadAsync(HttpResponseMessage response, CancellationToken ct) =>
        new(await response.Content.ReadAsByteArrayAsync(ct));

    /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? Json { get; }

    public string Text => _text ??= Encoding.UTF8.GetString(_bytes);

    public bool IsBlank => _bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty;
}
