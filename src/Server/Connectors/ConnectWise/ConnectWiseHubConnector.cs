using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using OpenElements.Server.Hubs;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Connectors.ConnectWise;

/// <summary>
/// ConnectWise Manage REST 3.0 records for both ConnectWise elements: 1-based <c>page</c>/<c>pageSize</c>
/// (≤ 1000) with a <c>Link rel="next"</c> header, <c>conditions</c> filters, PATCH as an operation array.
/// </summary>
public sealed class ConnectWiseHubConnector : IHubConnector
{
    private const int VendorMaxPageSize = 1000;
    private readonly ConnectWiseConditionsTranslator _conditions = new();

    public string Name => "connectwise.rest3";

    public async Task<HubPage> ListAsync(HubCall call, HubQuery query, CancellationToken ct) =>
        await ListPathAsync(call, call.Object.VendorObject, query, ct);

    public async Task<JsonObject> GetAsync(HubCall call, string id, CancellationToken ct) =>
        (await ConnectWiseHttp.SendAsync(call, HttpMethod.Get, ItemPath(call, id), [], null, ct)).Json!.AsObject();

    public async Task<JsonObject> CreateAsync(HubCall call, JsonObject record, CancellationToken ct) =>
        (await ConnectWiseHttp.SendAsync(call, HttpMethod.Post, call.Object.VendorObject, [], record, ct)).Json!.AsObject();

    /// <summary>PUT replaces the entity; PATCH becomes ConnectWise's <c>[{op:"replace",path,value}]</c> array.</summary>
    public async Task<JsonObject> UpdateAsync(HubCall call, string id, JsonObject record, bool replace, CancellationToken ct)
    {
        if (replace)
        {
            return (await ConnectWiseHttp.SendAsync(call, HttpMethod.Put, ItemPath(call, id), [], record, ct)).Json!.AsObject();
        }

        var operations = new JsonArray([.. record.Select(p => (JsonNode)new JsonObject
        {
            ["op"] = "replace",
            ["path"] = p.Key,
            ["value"] = p.Value?.DeepClone(),
        })]);
        return (await ConnectWiseHttp.SendAsync(call, HttpMethod.Patch, ItemPath(call, id), [], operations, ct)).Json!.AsObject();
    }

    public async Task DeleteAsync(HubCall call, string id, CancellationToken ct) =>
        await ConnectWiseHttp.SendAsync(call, HttpMethod.Delete, ItemPath(call, id), [], null, ct);

    public async Task<HubPage> ListChildrenAsync(HubCall call, string id, string childPath, HubQuery query, CancellationToken ct) =>
        await ListPathAsync(call, $"{ItemPath(call, id)}/{childPath}", query with { Where = null }, ct, filterable: false);

    public async Task<JsonObject> CreateChildAsync(HubCall call, string id, string childPath, JsonObject record, CancellationToken ct) =>
        (await ConnectWiseHttp.SendAsync(call, HttpMethod.Post, $"{ItemPath(call, id)}/{childPath}", [], record, ct)).Json!.AsObject();

    public async Task PingAsync(HubCall call, CancellationToken ct) =>
        await ConnectWiseHttp.SendAsync(call, HttpMethod.Get, "system/info", [], null, ct);

    public Uri PassthroughRoot(HubInstance instance) => new(ConnectWiseHttp.Root(instance));

    public Task AuthorizeAsync(HubCall call, HttpRequestMessage request, CancellationToken ct)
    {
        ConnectWiseHttp.Authorize(call.Instance, request);
        return Task.CompletedTask;
    }

    private async Task<HubPage> ListPathAsync(HubCall call, string path, HubQuery query, CancellationToken ct, bool filterable = true)
    {
        var conditions = filterable && query.Where is not null ? _conditions.Translate(query.Where, call.Fields).Value : null;
        // ConnectWise pages are 1-based windows of one size: pick the largest vendor page size that divides the
        // platform page (and so its offset), and fetch as many vendor pages as one platform page needs.
        var size = Enumerable.Range(1, Math.Min(query.PageSize, VendorMaxPageSize)).Last(d => query.PageSize % d == 0);
        var items = new List<JsonObject>();
        var vendorPage = query.Offset / size + 1;
        var more = true;
        while (items.Count < query.PageSize && more)
        {
            var parameters = new Dictionary<string, string?>
            {
                ["page"] = vendorPage.ToString(CultureInfo.InvariantCulture),
                ["pageSize"] = size.ToString(CultureInfo.InvariantCulture),
                ["conditions"] = conditions,
                ["orderBy"] = query.OrderBy.Count > 0
                    ? string.Join(',', query.OrderBy.Select(o => $"{Vendor(call, o.Field)} {(o.Direction == CeqlSortDirection.Descending ? "desc" : "asc")}"))
                    : "id asc",
                ["fields"] = query.Fields.Count > 0 ? string.Join(',', query.Fields.Select(f => Vendor(call, f))) : null,
            };
            var (json, hasNext) = await ConnectWiseHttp.SendAsync(call, HttpMethod.Get, path, parameters, null, ct);
            var records = VendorJson.TakeObjects(json);
            items.AddRange(records);
            more = records.Count == size && hasNext;
            vendorPage++;
        }

        long? total = null;
        if (query.ReturnTotalCount && filterable)
        {
            var (count, _) = await ConnectWiseHttp.SendAsync(call, HttpMethod.Get, $"{path}/count", new() { ["conditions"] = conditions }, null, ct);
            total = count?["count"]?.GetValue<long>();
        }

        return new HubPage(items, more, null, total);
    }

    /// <summary>A CEQL name (<c>company.id</c>) as ConnectWise writes it (<c>company/id</c>).</summary>
    private static string Vendor(HubCall call, string field) => call.Fields.Find(field)?.Name ?? field.Replace('.', '/');

    private static string ItemPath(HubCall call, string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? $"{call.Object.VendorObject}/{id}"
            : throw new VendorResponseException((int)HttpStatusCode.NotFound, $"'{id}' is not a ConnectWise record id",
                $"ConnectWise ids are numbers; '{id}' is not one.");
}
