using System.Text;
using System.Text.Json.Nodes;
using OpenElements.Server.Connectors;

namespace OpenElements.Server.UnitTests.Vendors;

public sealed class VendorJsonTests
{
    [Fact]
    public void TryParseBytes_ReadsUtf8WithOrWithoutABom_AsStringParsingDoes()
    {
        var json = "{\"name\":\"Zoë\",\"n\":1}";
        var plain = VendorJson.TryParse(Encoding.UTF8.GetBytes(json));
        var withBom = VendorJson.TryParse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray());
        Assert.Equal(VendorJson.TryParse(json)!.ToJsonString(), plain!.ToJsonString());
        Assert.Equal(plain.ToJsonString(), withBom!.ToJsonString());
        Assert.Equal("Zoë", plain["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    [InlineData("<html>Sign in</html>")]
    [InlineData("{\"unterminated\":")]
    public void TryParseBytes_BlankOrNotJson_IsNull(string body) =>
        Assert.Null(VendorJson.TryParse(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void TakeObjects_DetachesTheRecordsFromTheirArray_WithoutCopying()
    {
        var page = JsonNode.Parse("{\"items\":[{\"id\":1},{\"id\":2},3]}")!;
        var array = page["items"]!.AsArray();
        var first = array[0];
        var records = VendorJson.TakeObjects(array);
        Assert.Equal(2, records.Count);
        Assert.Same(first, records[0]);
        Assert.Null(records[0].Parent);
        Assert.Empty(array);
        Assert.Empty(VendorJson.TakeObjects(JsonValue.Create(1)));
    }
}
