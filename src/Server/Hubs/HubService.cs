using System.Text.Json.Nodes;
using OpenElements.Server.Auth;
using OpenElements.Server.Connectors;
using OpenElements.Server.Elements;
using OpenElements.Server.Errors;
using OpenElements.Server.Instances;

namespace OpenElements.Server.Hubs;

/// <summary>Resolves the instance of an Element token and the connector and object of a hub request.</summary>
public sealed class HubService(
    ElementCatalog catalog,
    InstanceSecrets secrets,
    IEnumerable<IHubConnector> connectors,
    IHttpClientFactory httpClients,
    TimeProvider time)
{
    private readonly Dictionary<string, IHubConnector> _connectors = connectors.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public bool HasConnector(string name) => _connectors.ContainsKey(name);

    public HubInstance Load(Caller caller, bool allowDisabled)
    {
        // Authentication has just read the row by its token: no second read.
        var instance = caller.Instance ?? throw ApiException.Unauthorized();
        if (instance.Disabled && !allowDisabled)
        {
            throw new ApiException(StatusCodes.Status403Forbidden,
                $"Instance {instance.Id} is disabled; enable it with PUT /instances/{instance.Id}/enabled.");
        }

        var element = catalog.Find(instance.ElementKey)
            ?? throw new InvalidOperationException($"Instance {instance.Id} uses element '{instance.ElementKey}', which left the catalog.");
        return new HubInstance(instance.Id, element, instance.AuthType, secrets.Read(instance));
    }

    public (IHubConnector Connector, HubCall Call) Prepare(HubInstance instance, string objectName)
    {
        var element = instance.Element;
        var connector = element.HubConnector is { } name && _connectors.TryGetValue(name, out var c)
            ? c
            : throw ApiException.NotFound($"Element '{element.Key}' has no hub resources yet.");
        if (!element.Objects.TryGetValue(objectName, out var definition))
        {
            throw ApiException.NotFound(
                $"Element '{element.Key}' has no '{objectName}' object; it offers: {string.Join(", ", element.Objects.Keys.Order(StringComparer.Ordinal))}.");
        }

        var http = httpClients.CreateClient(VendorHttp.ClientName(element.Key));
        var resolved = definition with { VendorObject = instance.Expand(definition.VendorObject) };
        return (connector, new HubCall(instance, objectName.ToLowerInvariant(), resolved, http, time));
    }

    /// <summary>A call that concerns the instance, not one object (ping, passthrough).</summary>
    public (IHubConnector Connector, HubCall Call) PrepareForInstance(HubInstance instance) =>
        (ConnectorOf(instance), new HubCall(instance, "", new HubObjectDefinition { VendorObject = "" },
            httpClients.CreateClient(VendorHttp.ClientName(instance.Element.Key)), time));

    /// <summary>Hub responses say which instance answered, as the platform's do.</summary>
    public static void MarkInstance(HttpContext http, HubInstance instance) =>
        http.Response.Headers["Elements-Element-Instance-Id"] = instance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IHubConnector ConnectorOf(HubInstance instance) =>
        instance.Element.HubConnector is { } name && _connectors.TryGetValue(name, out var c)
            ? c
            : throw ApiException.NotFound($"Element '{instance.Element.Key}' has no hub resources yet.");

    /// <summary>Drops null fields (nested ones too) unless the instance's <c>filter.response.nulls</c> is false, as the platform does.</summary>
    public static JsonObject Shape(HubInstance instance, JsonObject record)
    {
        if (DropsNulls(instance))
        {
            DropNulls(record);
        }

        return record;
    }

    /// <summary>The platform's default; an instance keeps nulls with <c>filter.response.nulls = false</c>.</summary>
    public static bool DropsNulls(HubInstance instance) => instance.Get("filter.response.nulls") != "false";

    private static void DropNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, child) in o)
                {
                    DropNulls(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    DropNulls(child);
                }

                break;
        }
    }
}
