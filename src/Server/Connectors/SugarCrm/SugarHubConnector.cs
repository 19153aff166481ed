using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using OpenElements.Server.Hubs;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Connectors.SugarCrm;

/// <summary>
/// SugarCRM REST v10 records: <c>GET {base.url}/{Module}/filter</c> with filter JSON, <c>max_num</c> and
/// <c>offset</c>; <c>next_offset = -1</c> ends the list. Calls carry <c>OAuth-Token</c>; an expired token is
/// refreshed once (for all concurrent callers) and the call replayed.
/// </summary>
public sealed class SugarHubConnector(InstanceSessions sessions) : IHubConnector
{
    private readonly SugarFilterTranslator _filters = new();

    public string Name => "sugarcrm.v10";

    public async Task<HubPage> ListAsync(HubCall call, HubQuery query, CancellationToken ct)
    {
        var vendorMax = VendorPageMax(call);
        var filter = query.Where is null ? null : _filters.Translate(query.Where, call.Fields).Value;
        var items = new List<JsonObject>();
        var offset = query.Offset;
        var more = true;
        // A platform page may be larger than Sugar's max_num: gather vendor pages until it is full.
        while (items.Count < query.PageSize && more)
        {
            var parameters = new Dictionary<string, string?>
            {
                ["max_num"] = Math.Min(vendorMax, query.PageSize - items.Count).ToString(CultureInfo.InvariantCulture),
                ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
                ["filter"] = filter,
                ["fields"] = query.Fields.Count > 0 ? string.Join(',', query.Fields) : null,
                ["order_by"] = query.OrderBy.Count > 0
                    ? string.Join(',', query.OrderBy.Select(o => $"{o.Field}:{(o.Direction == CeqlSortDirection.Descending ? "DESC" : "ASC")}"))
                    : null,
            };
            var body = (await SendAsync(call, HttpMethod.Get, $"{call.Object.VendorObject}/filter", parameters, null, ct)).AsObject();
            var records = VendorJson.TakeObjects(body["records"]);
            items.AddRange(records);
            var next = body["next_offset"]?.GetValue<long>() ?? -1;
            more = next >= 0 && records.Count > 0;
            offset = more ? next : offset + records.Count;
        }

        long? total = null;
        if (query.ReturnTotalCount)
        {
            var count = await SendAsync(call, HttpMethod.Get, $"{call.Object.VendorObject}/filter/count", new() { ["filter"] = filter }, null, ct);
            total = count["record_count"]?.GetValue<long>();
        }

        return new HubPage(items, more, null, total);
    }

    public async Task<JsonObject> GetAsync(HubCall call, string id, CancellationToken ct) =>
        (await SendAsync(call, HttpMethod.Get, $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}", [], null, ct)).AsObject();

    public async Task<JsonObject> CreateAsync(HubCall call, JsonObject record, CancellationToken ct) =>
        (await SendAsync(call, HttpMethod.Post, call.Object.VendorObject, [], record, ct)).AsObject();

    /// <summary>Sugar's update is a PUT that merges; PATCH and PUT both map to it.</summary>
    public async Task<JsonObject> UpdateAsync(HubCall call, string id, JsonObject record, bool replace, CancellationToken ct) =>
        (await SendAsync(call, HttpMethod.Put, $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}", [], record, ct)).AsObject();

    public async Task DeleteAsync(HubCall call, string id, CancellationToken ct) =>
        await SendAsync(call, HttpMethod.Delete, $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}", [], null, ct);

    public async Task<HubPage> ListChildrenAsync(HubCall call, string id, string childPath, HubQuery query, CancellationToken ct)
    {
        var body = (await SendAsync(call, HttpMethod.Get, $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}/link/{childPath}",
            new() { ["max_num"] = query.PageSize.ToString(CultureInfo.InvariantCulture), ["offset"] = query.Offset.ToString(CultureInfo.InvariantCulture) }, null, ct)).AsObject();
        var records = VendorJson.TakeObjects(body["records"]);
        return new HubPage(records, (body["next_offset"]?.GetValue<long>() ?? -1) >= 0);
    }

    public async Task<JsonObject> CreateChildAsync(HubCall call, string id, string childPath, JsonObject record, CancellationToken ct) =>
        (await SendAsync(call, HttpMethod.Post, $"{call.Object.VendorObject}/{Uri.EscapeDataString(id)}/link/{childPath}", [], record, ct)).AsObject();

    public async Task PingAsync(HubCall call, CancellationToken ct) =>
        await SendAsync(call, HttpMethod.Get, "me", [], null, ct);

    public Uri PassthroughRoot(HubInstance instance) => new(SugarHttp.BaseUrl(instance) + "/");

    /// <summary>The stored token; refreshed first when it is past its interval, since a raw request cannot be replayed after a 401.</summary>
    public async Task AuthorizeAsync(HubCall call, HttpRequestMessage request, CancellationToken ct)
    {
        var token = call.Instance.Require("oauth.user.token");
        if (long.TryParse(call.Instance.Get("oauth.user.refresh_time"), out var obtained)
            && long.TryParse(call.Instance.Get("oauth.user.refresh_interval"), out var interval)
            && call.Time.GetUtcNow().ToUnixTimeMilliseconds() > obtained + interval * 1000 - 60_000)
        {
            token = await sessions.RefreshAsync(call.Instance, token, "oauth.user.token", c => SugarTokens.RenewAsync(call, c), ct, SugarTokens.SharedLogin(call.Instance));
        }

        request.Headers.Add("OAuth-Token", token);
    }

    private static int VendorPageMax(HubCall call) =>
        int.TryParse(call.Instance.Get("pagination.max"), out var max) && max > 0 ? max : 100;

    /// <summary>One Sugar call; on an expired or voided token, one refresh and one replay.</summary>
    private async Task<JsonNode> SendAsync(
        HubCall call, HttpMethod method, string path, Dictionary<string, string?> query, JsonObject? body, CancellationToken ct)
    {
        var token = call.Instance.Require("oauth.user.token");
        var (status, answer, retryAfter) = await SugarHttp.SendAsync(call, method, path, query, body, token, ct);
        if (status == HttpStatusCode.Unauthorized && SugarHttp.Error(answer.Json) is "invalid_grant" or "need_login")
        {
            token = await sessions.RefreshAsync(call.Instance, token, "oauth.user.token", c => SugarTokens.RenewAsync(call, c), ct, SugarTokens.SharedLogin(call.Instance));
            (status, answer, retryAfter) = await SugarHttp.SendAsync(call, method, path, query, body, token, ct);
        }

        return (int)status is >= 200 and < 300
            ? answer.Json ?? new JsonObject()
            : throw new VendorResponseException((int)status, $"SugarCRM answered {(int)status} to {method} {path}",
                SugarHttp.ErrorMessage(answer.Json) ?? answer.Text, retryAfter);
    }
}
