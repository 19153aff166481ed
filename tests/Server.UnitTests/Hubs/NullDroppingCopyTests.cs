using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.UnitTests.Hubs;

/// <summary>The streamed page must say exactly what shaping each record's DOM said.</summary>
public sealed class NullDroppingCopyTests
{
    [Theory]
    [InlineData("""{"id":1,"name":null,"city":"Köln"}""")]
    [InlineData("""{"a":{"b":null,"c":{"d":null}},"list":[null,1,{"e":null,"f":2}],"empty":{}}""")]
    [InlineData("""{"price":1.50,"big":1e3,"neg":-0.0,"t":true,"f":false}""")]
    [InlineData("""{"quote":"say \"hi\"","slash":"a\/b","uni":"caf\u00e9 \u2603","tab":"a\tb","<tag>":"<b>&amp;</b>"}""")]
    [InlineData("""{"esc\u0061ped name":null,"esc\u0062ped":"kept"}""")]
    [InlineData("""{}""")]
    public void Copy_WritesWhatShapingTheParsedRecordWrites(string vendorJson)
    {
        var options = new JsonWriterOptions { Encoder = AppJson.Options.Encoder };
        var expected = (JsonObject)JsonNode.Parse(vendorJson)!;
        DropNullProperties(expected);

        var source = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(source, options))
        {
            JsonNode.Parse(vendorJson)!.WriteTo(w);
        }

        var copied = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(copied, options))
        {
            NullDroppingCopy.Copy(source.WrittenSpan, w);
        }

        var shaped = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(shaped, options))
        {
            expected.WriteTo(w);
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(shaped.WrittenSpan), System.Text.Encoding.UTF8.GetString(copied.WrittenSpan));
    }

    // What HubService.Shape does, written out here so the test does not compare the code with itself.
    private static void DropNullProperties(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                o.Remove(key);
            }

            foreach (var (_, child) in o)
            {
                DropNullProperties(child);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
            {
                DropNullProperties(child);
            }
        }
    }
}
