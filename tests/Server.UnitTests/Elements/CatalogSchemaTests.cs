using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using OpenElements.Server.Elements;
using OpenElements.Server.UnitTests.Support;

namespace OpenElements.Server.UnitTests.Elements;

/// <summary>
/// catalog/element.schema.json and common.schema.json: every catalog file passes, and the schemas
/// are as closed as <see cref="ElementCatalog"/> (a change the loader refuses, the schema refuses too).
/// </summary>
public class CatalogSchemaTests
{
    private static readonly Lazy<Task<JsonSchema>> ElementSchema = new(() => JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Catalog, "element.schema.json")));
    private static readonly Lazy<Task<JsonSchema>> CommonSchema = new(() => JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Catalog, "common.schema.json")));

    /// <summary>Changes to a real element file that both the loader and the schema must refuse.</summary>
    private static readonly Dictionary<string, Action<JsonObject>> Breaks = new()
    {
        ["unknown top-level member"] = j => j["hooks"] = new JsonArray(),
        ["unknown entry member"] = j => j["configuration"]![0]!["maxLen"] = 12,
        ["computed entry member maxLength"] = j => j["configuration"]![0]!["maxLength"] = 12,
        ["computed entry member isBoolean"] = j => j["configuration"]![0]!["isBoolean"] = true,
        ["unknown auth type member"] = j => j["authTypes"]!["basic"]!["hook"] = "x",
        ["key missing"] = j => j.Remove("key"),
        ["defaultAuthType missing"] = j => j.Remove("defaultAuthType"),
        ["entry name missing"] = j => j["configuration"]![0]!.AsObject().Remove("name"),
        ["check missing"] = j => j["authTypes"]!["basic"]!.AsObject().Remove("check"),
        ["required as text"] = j => j["configuration"]![0]!["required"] = "yes",
        ["unknown entry type"] = j => j["configuration"]![0]!["type"] = "NUMBER",
        ["role not a string"] = j => j["authTypes"]!["basic"]!["roles"]!["username"] = 5,
        ["configuration not an array"] = j => j["configuration"] = new JsonObject(),
        ["element id as text"] = j => j["element"]!["id"] = "1234",
    };

    /// <summary>Changes both must accept: optional members left out or null.</summary>
    private static readonly Dictionary<string, Action<JsonObject>> Allowed = new()
    {
        ["notes missing"] = j => j.Remove("notes"),
        ["$schema missing"] = j => j.Remove("$schema"),
        ["default null"] = j => j["configuration"]![0]!["default"] = null,
        ["description null"] = j => j["configuration"]![0]!["description"] = null,
        ["entry authTypes null"] = j => j["configuration"]![0]!["authTypes"] = null,
        ["entry authTypes listed"] = j => j["configuration"]![0]!["authTypes"] = new JsonArray("basic"),
        ["entry type missing"] = j => j["configuration"]![0]!.AsObject().Remove("type"),
        ["unknown element member"] = j => j["element"]!["newField"] = true,
    };

    public static TheoryData<string> ElementFiles { get; } =
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Catalog, "elements"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> BreakNames { get; } = [.. Breaks.Keys];

    public static TheoryData<string> AllowedNames { get; } = [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(ElementFiles))]
    public async Task ElementFile_AgainstSchema_Valid(string file)
    {
        var errors = (await ElementSchema.Value).Validate(File.ReadAllText(Path.Combine(RepoPaths.Catalog, "elements", file)));

        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public async Task CommonFile_AgainstSchema_Valid()
    {
        var errors = (await CommonSchema.Value).Validate(File.ReadAllText(Path.Combine(RepoPaths.Catalog, "common.json")));

        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Theory]
    [MemberData(nameof(ElementFiles))]
    public void ElementFile_SchemaReference_PointsAtElementSchema(string file)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Catalog, "elements", file)))!;

        Assert.Equal("../element.schema.json", json["$schema"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(BreakNames))]
    public async Task BrokenElement_SchemaAndLoader_BothRefuse(string change)
    {
        var json = TempCatalog.RealElement("zohocrm");
        Breaks[change](json);

        var errors = (await ElementSchema.Value).Validate(json.ToJsonString());

        Assert.NotEmpty(errors);
        using var catalog = new TempCatalog();
        catalog.Write("zohocrm.json", json);
        Assert.Throws<InvalidOperationException>(() => ElementCatalog.Load(catalog.Directory));
    }

    [Theory]
    [MemberData(nameof(AllowedNames))]
    public async Task AllowedChange_SchemaAndLoader_BothAccept(string change)
    {
        var json = TempCatalog.RealElement("zohocrm");
        Allowed[change](json);

        var errors = (await ElementSchema.Value).Validate(json.ToJsonString());

        Assert.True(errors.Count == 0, Describe(errors));
        using var catalog = new TempCatalog();
        catalog.Write("zohocrm.json", json);
        Assert.Single(ElementCatalog.Load(catalog.Directory).All);
    }

    [Fact]
    public async Task BrokenCommon_SchemaAndLoader_BothRefuse()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Catalog, "common.json")))!.AsObject();
        json["configuration"]![0]!["secretive"] = true;

        var errors = (await CommonSchema.Value).Validate(json.ToJsonString());

        Assert.NotEmpty(errors);
        using var catalog = new TempCatalog();
        catalog.WriteCommon(json);
        catalog.Write("zohocrm.json", TempCatalog.RealElement("zohocrm"));
        Assert.Throws<InvalidOperationException>(() => ElementCatalog.Load(catalog.Directory));
    }

    private static string Describe(ICollection<ValidationError> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"));
}
