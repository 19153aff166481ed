using System.Text.Json.Nodes;

namespace OpenElements.Server.UnitTests.Support;

/// <summary>A throwaway catalog folder: the real common.json plus the element files a test writes.</summary>
internal sealed class TempCatalog : IDisposable
{
    public TempCatalog()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("catalog-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "elements"));
        File.Copy(Path.Combine(RepoPaths.Catalog, "common.json"), Path.Combine(Directory, "common.json"));
    }

    public string Directory { get; }

    /// <summary>A real element file as a mutable tree, for tests that break one thing in it.</summary>
    public static JsonObject RealElement(string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Catalog, "elements", key + ".json")))!.AsObject();

    public string Write(string fileName, JsonNode content)
    {
        var path = Path.Combine(Directory, "elements", fileName);
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }

    public void WriteCommon(JsonNode content) => File.WriteAllText(Path.Combine(Directory, "common.json"), content.ToJsonString());

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
