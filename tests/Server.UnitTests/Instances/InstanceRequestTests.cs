using System.Text.Json;
using OpenElements.Server.Errors;
using OpenElements.Server.Instances;

namespace OpenElements.Server.UnitTests.Instances;

public class InstanceRequestTests
{
    [Fact]
    public void Parse_ElementByKey_KeyTrimmedAndNoId()
    {
        var request = Parse("""{"element":{"key":" zohocrm "},"name":"Test"}""");

        Assert.True(request.HasElement);
        Assert.Equal("zohocrm", request.ElementKey);
        Assert.Null(request.ElementId);
        Assert.Equal("Test", request.Name);
    }

    [Fact]
    public void Parse_ElementById_IdAndNoKey()
    {
        var request = Parse("""{"element":{"id":1948}}""");

        Assert.True(request.HasElement);
        Assert.Null(request.ElementKey);
        Assert.Equal(1948, request.ElementId);
    }

    [Fact]
    public void Parse_ElementByKeyAndId_Both()
    {
        // The platform's GET echoes the whole element object; a client PUTs it back unchanged.
        var request = Parse("""{"element":{"id":15,"key":"netsuitecrmv2","name":"Netsuite CRM","active":true}}""");

        Assert.Equal("netsuitecrmv2", request.ElementKey);
        Assert.Equal(15, request.ElementId);
    }

    [Fact]
    public void Parse_NoElement_HasElementFalse()
    {
        var request = Parse("""{"name":"renamed"}""");

        Assert.False(request.HasElement);
        Assert.Null(request.ElementKey);
        Assert.Null(request.ElementId);
        Assert.Null(request.Tags);
        Assert.Null(request.Configuration);
    }

    [Fact]
    public void Parse_SeedWithCorruptedElementName_HasElementFalse()
    {
        // 004-sugarcrm.md sends "your_mom" instead of "element": that is a body without an element.
        var request = Parse("""{"your_mom":{"key":"sugarcrmv2"},"name":"x"}""");

        Assert.False(request.HasElement);
    }

    [Theory]
    [InlineData("""{"element":"zohocrm"}""", "element")]
    [InlineData("""{"element":null}""", "element")]
    [InlineData("""{"element":{}}""", "element")]
    [InlineData("""{"element":{"key":5}}""", "element")]
    [InlineData("""{"element":{"key":"  "}}""", "element")]
    [InlineData("""{"element":{"id":"15"}}""", "element")]
    [InlineData("""{"element":{"id":1.5}}""", "element")]
    [InlineData("""{"name":5}""", "name")]
    [InlineData("""{"name":true}""", "name")]
    [InlineData("""{"name":["a"]}""", "name")]
    [InlineData("""{"name":"<b></b>"}""", "name")]
    [InlineData("""{"tags":"a,b"}""", "tags")]
    [InlineData("""{"tags":{"name":"a"}}""", "tags")]
    [InlineData("""{"tags":[1]}""", "tags")]
    [InlineData("""{"tags":[{"id":1}]}""", "tags")]
    [InlineData("""{"tags":[{"name":2}]}""", "tags")]
    [InlineData("""{"configuration":[]}""", "configuration")]
    [InlineData("""{"configuration":"a=b"}""", "configuration")]
    [InlineData("""{"configuration":true}""", "configuration")]
    [InlineData("""{"externalAuthentication":1}""", "externalAuthentication")]
    public void Parse_WrongType_BadRequestNamingField(string json, string field)
    {
        var e = Assert.Throws<ApiException>(() => ParseValid(json));

        Assert.Equal(400, e.StatusCode);
        Assert.Contains($"'{field}'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("null")]
    public void Parse_BodyNotAnObject_BadRequest(string json)
    {
        var e = Assert.Throws<ApiException>(() => ParseValid(json));

        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void Parse_NameTooLong_BadRequest()
    {
        var e = Assert.Throws<ApiException>(() => ParseValid($$"""{"name":"{{new string('n', 501)}}"}"""));

        Assert.Contains("'name'", e.Message, StringComparison.Ordinal);
        Assert.Equal(500, Parse($$"""{"name":"{{new string('n', 500)}}"}""").Name!.Length);
    }

    [Fact]
    public void Parse_TagsAsStringsAndObjects_NamesInOrderWithoutDuplicates()
    {
        var request = Parse("""{"tags":["alpha",{"id":7,"name":"beta"},"alpha"]}""");

        Assert.Equal(new[] { "alpha", "beta" }, request.Tags);
    }

    [Fact]
    public void Parse_HtmlInNameAndTags_Stripped()
    {
        var request = Parse("""{"name":"<script>alert(1)</script> Test <b>instance</b>","tags":["<i>crm</i>","<img src=x onerror=alert(1)>",{"name":"<u>sales</u>"}]}""");

        Assert.Equal("alert(1) Test instance", request.Name);
        Assert.Equal(new[] { "crm", "sales" }, request.Tags);
    }

    [Fact]
    public void Parse_ConfigurationValues_KeptAsStrings()
    {
        var request = Parse("""
            {"configuration":{
              "s":"text","t":true,"f":false,"n":1.50,"i":42,
              "o":{"pollers":{"contacts":{"url":"/hubs/crm/contacts"}}},"a":[1,"x"],"z":null}}
            """);
        var config = request.Configuration!;

        Assert.Equal("text", config["s"]);
        Assert.Equal("true", config["t"]);
        Assert.Equal("false", config["f"]);
        Assert.Equal("1.50", config["n"]);
        Assert.Equal("42", config["i"]);
        Assert.Equal("""{"pollers":{"contacts":{"url":"/hubs/crm/contacts"}}}""", config["o"]);
        Assert.Equal("/hubs/crm/contacts", JsonDocument.Parse(config["o"]!).RootElement.GetProperty("pollers").GetProperty("contacts").GetProperty("url").GetString());
        Assert.Equal("""[1,"x"]""", config["a"]);
        Assert.True(config.ContainsKey("z"));
        Assert.Null(config["z"]);
    }

    [Fact]
    public void Parse_NullTagsAndConfiguration_Null()
    {
        var request = Parse("""{"tags":null,"configuration":null,"name":null}""");

        Assert.Null(request.Tags);
        Assert.Null(request.Configuration);
        Assert.Null(request.Name);
    }

    [Fact]
    public void Parse_EmptyConfigurationKey_BadRequest()
    {
        var e = Assert.Throws<ApiException>(() => ParseValid("""{"configuration":{"":"x"}}"""));

        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void Parse_ExternalAuthentication_Read()
    {
        Assert.Equal("initial", Parse("""{"externalAuthentication":"initial"}""").ExternalAuthentication);
    }

    [Fact]
    public void Parse_SeveralWrongFields_ReportsEveryOneInOne400WithTheMissingElementFirst()
    {
        var request = Parse("""{"name":42,"tags":"a","configuration":[]}""");

        var e = Assert.Throws<ApiException>(() => request.ThrowIfInvalid("The request body has no 'element'."));

        Assert.Equal(400, e.StatusCode);
        Assert.StartsWith("The request body has no 'element'.", e.Message, StringComparison.Ordinal);
        Assert.Contains("'name'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'tags'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'configuration'", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Parsing collects problems; the 400 comes when the caller asks for a valid request.</summary>
    private static InstanceRequest ParseValid(string json)
    {
        var request = Parse(json);
        request.ThrowIfInvalid();
        return request;
    }

    private static InstanceRequest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return InstanceRequest.Parse(document.RootElement);
    }
}
