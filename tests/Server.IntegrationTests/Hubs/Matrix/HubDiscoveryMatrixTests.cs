using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>
/// What every element with a hub connector says about itself: ping, its objects, each object's fields
/// as the catalog declares them, and a 404 naming the offered objects for one it does not have.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HubDiscoveryMatrixTests(ServerFactory server)
{
    [Theory]
    [MemberData(nameof(MatrixCases.ElementKeys), MemberType = typeof(MatrixCases))]
    public async Task Ping_ReachesTheVendorAndNamesTheElement(string element)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var ping = await Json.GetAsync(hub.Http, $"hubs/{MatrixCases.Element(element).Hub}/ping");
        Assert.True(ping.Status == 200, ping.Text);
        Assert.Equal(element, ping.Body!["endpoint"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(ping.Body["dateTime"]!.GetValue<string>(), out _), ping.Text);
    }

    [Theory]
    [MemberData(nameof(MatrixCases.ElementKeys), MemberType = typeof(MatrixCases))]
    public async Task Objects_ListsEveryCatalogObjectInOrder(string element)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var objects = await Json.GetAsync(hub.Http, $"hubs/{MatrixCases.Element(element).Hub}/objects");
        Assert.True(objects.Status == 200, objects.Text);
        Assert.Equal(MatrixCases.Element(element).Objects.Keys.Order(StringComparer.Ordinal), objects.Body!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(MatrixCases.ElementKeys), MemberType = typeof(MatrixCases))]
    public async Task UnknownObject_Returns404NamingEveryOfferedObject(string element)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var hubName = MatrixCases.Element(element).Hub;
        string[] offered = [.. MatrixCases.Element(element).Objects.Keys];
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"hubs/{hubName}/nosuchobjects"), 404, ["nosuchobjects", .. offered]);
        Json.AssertWireError(await Json.PostAsync(hub.Http, $"hubs/{hubName}/nosuchobjects", new JsonObject()), 404, ["nosuchobjects", .. offered]);
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"hubs/{hubName}/objects/nosuchobjects/metadata"), 404, "nosuchobjects");
    }

    [Theory]
    [MemberData(nameof(MatrixCases.AllObjects), MemberType = typeof(MatrixCases))]
    public async Task Metadata_DescribesEveryCatalogFieldWithTypeAndFlags(string element, string objectName)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var metadata = await Json.GetAsync(hub.Http, $"hubs/{MatrixCases.Element(element).Hub}/objects/{objectName}/metadata");
        Assert.True(metadata.Status == 200, metadata.Text);
        var actual = metadata.Body!["fields"]!.AsArray().Select(f => (
            f!["vendorPath"]!.GetValue<string>(),
            f["type"]!.GetValue<string>(),
            f["vendorReadOnly"]!.GetValue<bool>(),
            f["vendorRequired"]!.GetValue<bool>()));
        var expected = MatrixCases.Object(element, objectName).Fields.Select(f => (f.VendorPath, f.Type, f.ReadOnly, f.Required));
        Assert.Equal(expected, actual);
    }
}
