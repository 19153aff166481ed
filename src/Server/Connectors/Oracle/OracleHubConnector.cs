using System.Globalization;
using System.Text.Json.Nodes;
using OpenElements.Server.Hubs;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Connectors.Oracle;

/// <summary>
/// Oracle Fusion CRM REST (<c>crmRestApi/resources/{version}</c>): <c>limit</c>/<c>offset</c> paging with
/// <c>hasMore</c>, <c>q</c> in the framework-2 expression syntax (sent with <c>REST-Framework-Version: 2</c>),
/// <c>onlyData=true</c> so records come back without ADF links, HTTP Basic on every call.
/// </summary>
public sealed class OracleHubConnector : IHubConnector
{
    /// <summary>REVIEW: [M] Oracle's documented cap is not published; 500 is the commonly seen one.</summary>
    private const int VendorMaxLimit = 500;
    private readonly OracleQueryTranslator _q = new();

    public string Name => "oracle.crmRest";

    public async Task<HubPage> ListAsync(HubCall call, HubQuery query, CancellationToken ct)
    {
        var q = query.Where is null ? null : _q.Translate(query.Where, call.Fields).Value;
        var items = new List<JsonObject>();
        var offset = query.Offset;
        var more = true;
        long? total = null;
        while (items.Count < query.PageSize && more)
        {
            var parameters = new Dictionary<string, string?>
            {
                ["onlyData"] = "true",
                ["limit"] = Math.Min(VendorMaxLimit, query.PageSize - items.Count).ToString(CultureInfo.InvariantCulture),
                ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
                ["q"] = q,
                ["orderBy"] = query.OrderBy.Count > 0
                    ? string.Join(',', query.OrderBy.Select(o => $"{o.Field}:{(o.Direction == CeqlSortDirection.Descending ? "desc" : "asc")}"))
                    : null,
                ["fields"] = query.Fields.Count > 0 ? string.Join(',', query.Fields) : null,
                ["totalResults"] = query.ReturnTotalCount && total is null ? "true" : null,
            };
            var body = (await OracleHttp.SendAsync(call, HttpMethod.Get, call.Object.VendorObject, parameters, null, ct))!.AsObject();
            var records = VendorJson.TakeObjects(body["items"]);
            items.AddRange(records);
            total ??= body["totalResults"]?.GetValue<long>();
            more = body["hasMore"]?.GetValue<bool>() == true && records.Count > 0;
            offset += records.Count;
        }

        return new HubPage(items, more, null, total);
    }

    public async Task<JsonObject> GetAsync(HubCall call, string id, CancellationToken ct) =>
        (await OracleHttp.SendAsync(call, HttpMethod.Get, ItemPath(call, id), new() { ["onlyData"] = "true" }, null, ct))!.AsObject();

    public async Task<JsonObject> CreateAsync(HubCall call, JsonObject record, CancellationToken ct) =>
        (await OracleHttp.SendAsync(call, HttpMethod.Post, call.Object.VendorObject, [], record, ct))!.AsObject();

    /// <summary>ADF resources update with PATCH (a merge); a PUT is sent as the same merge.</summary>
    public async Task<JsonObject> UpdateAsync(HubCall call, string id, JsonObject record, bool replace, CancellationToken ct) =>
        (await OracleHttp.SendAsync(call, HttpMethod.Patch, ItemPath(call, id), [], record, ct))!.AsObject();

    public async Task DeleteAsync(HubCall call, string id, CancellationToken ct) =>
        await OracleHttp.SendAsync(call, HttpMethod.Delete, ItemPath(call, id), [], null, ct);

    public async Task<HubPage> ListChildrenAsync(HubCall call, string id, string childPath, HubQuery query, CancellationToken ct)
    {
        var body = (await OracleHttp.SendAsync(call, HttpMethod.Get, $"{ItemPath(call, id)}/child/{childPath}", new()
        {
            ["onlyData"] = "true",
            ["limit"] = Math.Min(VendorMaxLimit, query.PageSize).ToString(CultureInfo.InvariantCulture),
            ["offset"] = query.Offset.ToString(CultureInfo.InvariantCulture),
        }, null, ct))!.AsObject();
        var items = VendorJson.TakeObjects(body["items"]);
        return new HubPage(items, body["hasMore"]?.GetValue<bool>() == true);
    }

    public async Task<JsonObject> CreateChildAsync(HubCall call, string id, string childPath, JsonObject record, CancellationToken ct) =>
        (await OracleHttp.SendAsync(call, HttpMethod.Post, $"{ItemPath(call, id)}/child/{childPath}", [], record, ct))!.AsObject();

    public async Task PingAsync(HubCall call, CancellationToken ct) =>
        await OracleHttp.SendAsync(call, HttpMethod.Get, "", [], null, ct, versioned: false);

    public Uri PassthroughRoot(HubInstance instance) => new($"{OracleHttp.Root(instance)}{OracleHttp.Version(instance)}/");

    public Task AuthorizeAsync(HubCall call, HttpRequestMessage request, CancellationToken ct)
    {
        OracleHttp.Authorize(call.Instance, request);
        return Task.CompletedTask;
    }

    private static string ItemPath(HubCall call, string id) => $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}";
}
