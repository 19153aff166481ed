using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Server.Hubs;

/// <summary>
/// A page of vendor records as the response's JSON array, shaped like <see cref="HubService.Shape"/> (nulls
/// dropped unless the instance keeps them) but streamed: records parsed from the vendor's body are written
/// from their parsed form without building their property dictionaries.
/// </summary>
internal sealed class RecordPageResult(IReadOnlyList<JsonObject> records, bool dropNulls) : IResult
{
    private const int FlushAt = 16 * 1024;

    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        var options = new JsonWriterOptions { Encoder = AppJson.Options.Encoder, SkipValidation = false };
        await using var writer = new Utf8JsonWriter(http.Response.BodyWriter, options);
        var scratch = new ArrayBufferWriter<byte>();
        using var scratchWriter = new Utf8JsonWriter(scratch, options);
        writer.WriteStartArray();
        foreach (var record in records)
        {
            if (dropNulls)
            {
                scratch.ResetWrittenCount();
                scratchWriter.Reset(scratch);
                record.WriteTo(scratchWriter);
                scratchWriter.Flush();
                NullDroppingCopy.Copy(scratch.WrittenSpan, writer);
            }
            else
            {
                record.WriteTo(writer);
            }

            if (writer.BytesPending > FlushAt)
            {
                await writer.FlushAsync(http.RequestAborted);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(http.RequestAborted);
    }
}
