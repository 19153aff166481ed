using System.Text.Json;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Instances;

/// <summary>Reads a JSON request body with a hard size limit, turning every failure into a clear 4xx.</summary>
public static class JsonBody
{
    /// <summary>1 MB: far above any real instance body, low enough to refuse abuse before parsing.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static async Task<JsonElement> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType,
                $"Content-Type '{contentType}' is not supported; send application/json.");
        }

        if (request.ContentLength > MaxBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw ApiException.BadRequest("The request has no body; send the instance as a JSON object.");
        }

        try
        {
            using var doc = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 32 });
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
            throw ApiException.BadRequest($"The request body is not valid JSON{where}.");
        }
    }

    private static ApiException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {MaxBytes / 1024} KB limit.");
}
