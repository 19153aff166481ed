using System.Text.Json;

namespace OpenElements.Server.Hubs;

/// <summary>
/// Copies one JSON value token by token, leaving out object properties whose value is null (at any depth;
/// nulls inside arrays stay), which is what <see cref="HubService.Shape"/> does to a record. Streaming it
/// spares building each record's property dictionary, the largest single cost of a page of records
/// (docs/benchmarks.md, Hubs).
/// </summary>
internal static class NullDroppingCopy
{
    public static void Copy(ReadOnlySpan<byte> json, Utf8JsonWriter output)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueIsEscaped ? reader.GetString()! : null;
                var nameStart = reader.ValueSpan;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (name is null)
                {
                    output.WritePropertyName(nameStart);
                }
                else
                {
                    output.WritePropertyName(name);
                }
            }

            WriteToken(ref reader, output);
        }
    }

    private static void WriteToken(ref Utf8JsonReader reader, Utf8JsonWriter output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                output.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                output.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                output.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                output.WriteEndArray();
                break;
            case JsonTokenType.String when reader.ValueIsEscaped:
                output.WriteStringValue(reader.GetString());
                break;
            case JsonTokenType.String:
                output.WriteStringValue(reader.ValueSpan);
                break;
            case JsonTokenType.Number:
                // The vendor's own digits (1.50 stays 1.50), as writing the parsed node does.
                output.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
                output.WriteBooleanValue(true);
                break;
            case JsonTokenType.False:
                output.WriteBooleanValue(false);
                break;
            case JsonTokenType.Null:
                output.WriteNullValue();
                break;
            default:
                throw new InvalidOperationException($"Unexpected JSON token {reader.TokenType}.");
        }
    }
}
