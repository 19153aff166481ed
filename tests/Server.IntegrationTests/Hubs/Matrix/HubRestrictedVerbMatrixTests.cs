using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenElements.Server.Hubs.Ceql;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>
/// The verbs an object does not offer: objects the catalog marks read-only refuse writes themselves, and
/// child collections (an incident's comments) take only list and create.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HubRestrictedVerbMatrixTests(ServerFactory server)
{
    [Theory]
    [MemberData(nameof(MatrixCases.ReadOnlyObjects), MemberType = typeof(MatrixCases))]
    public async Task ReadOnlyObject_ReadsWorkAndEveryWriteIsRefusedWith405SayingSo(string element, string objectName)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var path = $"hubs/{MatrixCases.Element(element).Hub}/{objectName}";
        var idField = MatrixCases.Object(element, objectName).IdField;
        var list = await Json.GetAsync(hub.Http, $"{path}?pageSize=2");
        Assert.True(list.Status == 200, $"{path} → {list.Status}: {list.Text}");
        var records = list.Body!.AsArray();
        Assert.InRange(records.Count, 1, 2);
        var first = records[0]!.AsObject();
        var id = first[idField]!.ToString();
        var item = $"{path}/{Uri.EscapeDataString(id)}";
        var read = await Json.GetAsync(hub.Http, item);
        Assert.True(read.Status == 200, $"{item} → {read.Status}: {read.Text}");
        Assert.True(JsonNode.DeepEquals(first, read.Body), $"{item}: list and item differ: {first.ToJsonString()} vs {read.Text}");

        var name = MatrixCases.Object(element, objectName).Fields.First(f => f.Required && f.Type == "string").VendorPath;
        var where = $"{CeqlText.Field(name)} = '{first[name]!.GetValue<string>().Replace("'", "''", StringComparison.Ordinal)}'";
        var found = await Json.GetAsync(hub.Http, $"{path}?pageSize=5&where={Uri.EscapeDataString(where)}");
        Assert.True(found.Status == 200, $"{path} where {where} → {found.Status}: {found.Text}");
        Assert.Contains(found.Body!.AsArray(), r => r![idField]!.ToString() == id);
        Assert.All(found.Body!.AsArray(), r => Assert.Equal(first[name]!.GetValue<string>(), r![name]!.GetValue<string>()));

        // Refused by the server from the catalog, before the vendor is asked: a vendor's bare 404 would
        // tell the client the object does not exist.
        var body = new JsonObject { [name] = SampleRecord.NewMarker() };
        foreach (var (method, url) in new[] { (HttpMethod.Post, path), (HttpMethod.Patch, item), (HttpMethod.Put, item), (HttpMethod.Delete, item) })
        {
            using var request = new HttpRequestMessage(method, url) { Content = method == HttpMethod.Delete ? null : JsonContent.Create(body) };
            using var response = await hub.Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Json.AssertWireError(((int)response.StatusCode, JsonNode.Parse(text), text), 405, objectName, "read-only", method.Method);
            Assert.Equal("GET", string.Join(",", response.Content.Headers.Allow));
        }

        Assert.True(JsonNode.DeepEquals(first, (await Json.GetAsync(hub.Http, item)).Body), $"{item} changed after refused writes");
    }

    [Theory]
    [MemberData(nameof(MatrixCases.Children), MemberType = typeof(MatrixCases))]
    [MemberData(nameof(MatrixCases.SkippedChildren), MemberType = typeof(MatrixCases),
        Skip = "The matrix cannot exercise this child collection: MatrixCases.ChildSkip says why.")]
    public async Task ChildCollection_TakesANewChildAndListsIt(string element, string objectName, string child)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var build = MatrixSamples.ChildOf(element, objectName, child)!;
        var parent = await SampleRecord.BuildAsync(hub, element, objectName);
        var created = await Json.PostAsync(hub.Http, parent.Path, parent.Body);
        Assert.True(created.Status == 200, $"{parent} POST → {created.Status}: {created.Text}");
        var children = $"{parent.Path}/{Uri.EscapeDataString(created.Body![parent.IdField]!.ToString())}/{child}";

        var marker = SampleRecord.NewMarker();
        var added = await Json.PostAsync(hub.Http, children, build(marker));
        Assert.True(added.Status == 200, $"POST {children} → {added.Status}: {added.Text}");
        var childId = added.Body!["id"]!.ToString();
        var listed = await Json.GetAsync(hub.Http, $"{children}?pageSize=50");
        Assert.True(listed.Status == 200, $"GET {children} → {listed.Status}: {listed.Text}");
        Assert.Contains(listed.Body!.AsArray(), c => c!["id"]!.ToString() == childId && c.ToJsonString().Contains(marker, StringComparison.Ordinal));

        // The hub offers a child collection only (list and create): a child item is no resource of it.
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Patch, HttpMethod.Put, HttpMethod.Delete })
        {
            var body = method == HttpMethod.Get || method == HttpMethod.Delete ? null : new JsonObject { ["text"] = "x" };
            Json.AssertWireError(await Json.SendAsync(hub.Http, method, $"{children}/{childId}", body), 404, "No resource found");
        }

        var parentItem = $"{parent.Path}/{Uri.EscapeDataString(created.Body![parent.IdField]!.ToString())}";
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"{parentItem}/nosuchchild"), 404, "nosuchchild", child);
        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, parentItem)).Status);
    }
}
