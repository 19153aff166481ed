using System.Globalization;
using System.Text.Json.Nodes;
using OpenElements.Server.Errors;
using OpenElements.Server.Hubs;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>
/// NetSuite's REST record API with Token-Based Authentication. Collections list references only, so a
/// page is the collection call plus one read per record (a few at a time: NetSuite governs concurrency).
/// Creates and updates answer 204; the record is read back so the client gets it, as on the platform.
/// </summary>
public sealed class NetSuiteHubConnector : IHubConnector
{
    private const int VendorMaxLimit = 1000;

    /// <summary>REVIEW: [M] kept under the smallest service tier's concurrency limit (5 shared).</summary>
    private const int ParallelReads = 4;

    private readonly NetSuiteQueryTranslator _q = new();

    public string Name => "netsuite.rest";

    public async Task<HubPage> ListAsync(HubCall call, HubQuery query, CancellationToken ct)
    {
        if (query.OrderBy.Count > 0)
        {
            throw new CeqlUnsupportedException("NetSuite", "NetSuite's record API cannot sort collections; leave out orderBy.");
        }

        var q = Combine(call.Object.BaseFilter, query.Where is null ? null : _q.Translate(query.Where, call.Fields).Value);
        var ids = new List<string>();
        var offset = query.Offset;
        var more = true;
        long? total = null;
        while (ids.Count < query.PageSize && more)
        {
            var limit = Math.Min(VendorMaxLimit, query.PageSize - ids.Count);
            var body = (await NetSuiteHttp.SendAsync(call, HttpMethod.Get, call.Object.VendorObject, new()
            {
                ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
                ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
                ["q"] = q,
            }, null, ct)).Json!.AsObject();
            var page = body["items"]?.AsArray().Select(r => r?["id"]?.ToString()).OfType<string>().ToList() ?? [];
            ids.AddRange(page);
            total ??= body["totalResults"]?.GetValue<long>();
            more = body["hasMore"]?.GetValue<bool>() == true && page.Count > 0;
            offset += page.Count;
        }

        var records = new JsonObject[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct },
            async (i, token) => records[i] = await ReadAsync(call, ids[i], query.Fields, token));
        return new HubPage(records, more, null, total);
    }

    public Task<JsonObject> GetAsync(HubCall call, string id, CancellationToken ct) => ReadAsync(call, id, [], ct);

    public async Task<JsonObject> CreateAsync(HubCall call, JsonObject record, CancellationToken ct)
    {
        var (_, location) = await NetSuiteHttp.SendAsync(call, HttpMethod.Post, call.Object.VendorObject, [], record, ct);
        var id = location?.Segments.LastOrDefault()?.Trim('/')
            ?? throw new VendorResponseException(502, "NetSuite created the record but sent no Location", "204 without a Location header");
        return await ReadAsync(call, id, [], ct);
    }

    /// <summary>NetSuite updates with PATCH (a merge); its PUT is an upsert by external id, so a PUT is sent as the merge too.</summary>
    public async Task<JsonObject> UpdateAsync(HubCall call, string id, JsonObject record, bool replace, CancellationToken ct)
    {
        await NetSuiteHttp.SendAsync(call, HttpMethod.Patch, ItemPath(call, id), [], record, ct);
        return await ReadAsync(call, id, [], ct);
    }

    public async Task DeleteAsync(HubCall call, string id, CancellationToken ct) =>
        await NetSuiteHttp.SendAsync(call, HttpMethod.Delete, ItemPath(call, id), [], null, ct);

    public Task<HubPage> ListChildrenAsync(HubCall call, string id, string childPath, HubQuery query, CancellationToken ct) =>
        throw ApiException.NotFound($"NetSuite '{call.ObjectName}' records have no child collections here.");

    public Task<JsonObject> CreateChildAsync(HubCall call, string id, string childPath, JsonObject record, CancellationToken ct) =>
        throw ApiException.NotFound($"NetSuite '{call.ObjectName}' records have no child collections here.");

    public async Task PingAsync(HubCall call, CancellationToken ct) =>
        await NetSuiteHttp.SendAsync(call, HttpMethod.Get, "customer", new() { ["limit"] = "1" }, null, ct);

    /// <summary>The REST services root, so both <c>record/v1/…</c> and <c>query/v1/suiteql</c> are reachable.</summary>
    public Uri PassthroughRoot(HubInstance instance) =>
        new($"https://{NetSuiteAccount.Parse(instance.RequireRole("accountId")).SuiteTalkHost}/services/rest/");

    public Task AuthorizeAsync(HubCall call, HttpRequestMessage request, CancellationToken ct)
    {
        NetSuiteHttp.Authorize(call, request);
        return Task.CompletedTask;
    }

    private static async Task<JsonObject> ReadAsync(HubCall call, string id, IReadOnlyList<string> fields, CancellationToken ct)
    {
        var record = (await NetSuiteHttp.SendAsync(call, HttpMethod.Get, ItemPath(call, id),
            new() { ["fields"] = fields.Count > 0 ? string.Join(',', fields.Append("id").Distinct()) : null }, null, ct)).Json!.AsObject();
        record.Remove("links");
        record["id"] ??= id;
        return record;
    }

    private static string ItemPath(HubCall call, string id) => $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}";

    private static string? Combine(string? baseFilter, string? filter) =>
        (baseFilter, filter) switch
        {
            (null, _) => filter,
            (_, null) => baseFilter,
            _ => $"({baseFilter}) AND ({filter})",
        };
}
