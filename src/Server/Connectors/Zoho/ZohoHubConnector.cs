using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenElements.Server.Errors;
using OpenElements.Server.Hubs;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Connectors.Zoho;

/// <summary>
/// Zoho CRM API v1 records for the username/password (authtoken) auth type: <c>getRecords</c> in
/// <c>fromIndex</c>/<c>toIndex</c> windows of ≤ 200, <c>searchRecords</c> for CEQL criteria, <c>getRecordById</c>,
/// <c>insertRecords</c>/<c>updateRecords</c> with <c>xmlData</c>, <c>deleteRecords</c>. Records are flat objects keyed
/// by v1 label (<c>{"LEADID":"…","Last Name":"…"}</c>). A refused ticket (4834) means a new authtoken from the
/// stored credentials, once for all concurrent callers, then a replay.
/// </summary>
/// <remarks>
/// v1 is the API of CE's era and Zoho has retired it; a v2/OAuth 2.0 auth type will need a connector of its own
/// (different URLs, JSON bodies, api names instead of labels).
/// </remarks>
public sealed class ZohoHubConnector(InstanceSessions sessions) : IHubConnector
{
    /// <summary>v1's widest <c>fromIndex</c>..<c>toIndex</c> window.</summary>
    private const int VendorWindow = 200;

    private readonly ZohoV1CriteriaTranslator _criteria = new();

    public string Name => "zoho.crmV1";

    /// <summary>
    /// Gathers windows until the page is full. The last window asks for one record beyond the page, when that fits
    /// in v1's 200, to learn whether another page exists; when it does not fit (a page ending on a full window, e.g.
    /// the default 200), a full last window counts as "more" rather than costing a second vendor call, so a list
    /// whose size is a multiple of the page can end with an empty page. v1 has no count, so
    /// <c>returnTotalCount</c> gets no header (as documented).
    /// </summary>
    public async Task<HubPage> ListAsync(HubCall call, HubQuery query, CancellationToken ct)
    {
        var module = call.Object.VendorObject;
        var filter = query.Where is null ? new ZohoV1Filter(null, null) : _criteria.Plan(query.Where, call.Fields);
        var parameters = new Dictionary<string, string?>
        {
            ["newFormat"] = "2",
            ["selectColumns"] = query.Fields.Count > 0 ? $"{module}({string.Join(",", query.Fields.Select(f => Label(call, f)))})" : null,
            ["lastModifiedTime"] = filter.ModifiedSince,
            ["criteria"] = filter.Criteria,
        };
        Sort(call, query, filter, parameters);
        var apiMethod = filter.Criteria is null ? "getRecords" : "searchRecords";

        var items = new List<JsonObject>();
        var offset = query.Offset;
        var exhausted = false;
        while (items.Count < query.PageSize && !exhausted)
        {
            var size = Math.Min(VendorWindow, query.PageSize - items.Count + 1);
            parameters["fromIndex"] = (offset + 1).ToString(CultureInfo.InvariantCulture);
            parameters["toIndex"] = (offset + size).ToString(CultureInfo.InvariantCulture);
            var answer = await SendAsync(call, HttpMethod.Get, module, apiMethod, parameters, ct);
            var rows = ZohoV1Records.Rows(answer.Result, module);
            items.AddRange(rows);
            offset += rows.Count;
            exhausted = answer.NoData || rows.Count < size;
        }

        var more = items.Count > query.PageSize || (!exhausted && items.Count == query.PageSize);
        return new HubPage(items.Count > query.PageSize ? items[..query.PageSize] : items, more);
    }

    public async Task<JsonObject> GetAsync(HubCall call, string id, CancellationToken ct)
    {
        var module = call.Object.VendorObject;
        var answer = await SendAsync(call, HttpMethod.Get, module, "getRecordById", new Dictionary<string, string?> { ["id"] = id, ["newFormat"] = "2" }, ct);
        return ZohoV1Records.Rows(answer.Result, module).FirstOrDefault()
            ?? throw new VendorResponseException(404, $"Zoho CRM has no {module} record {id}", $"There is no data to show (id {id})");
    }

    /// <summary>insertRecords, then the record read back, so the client gets every field and not only the id.</summary>
    public async Task<JsonObject> CreateAsync(HubCall call, JsonObject record, CancellationToken ct)
    {
        var module = call.Object.VendorObject;
        var answer = await SendAsync(call, HttpMethod.Post, module, "insertRecords",
            new Dictionary<string, string?> { ["xmlData"] = ZohoV1Records.XmlData(call.Object, record, keepNulls: false) }, ct);
        var detail = answer.Result?["recorddetail"] switch
        {
            JsonArray many => many.FirstOrDefault() as JsonObject,
            var one => one as JsonObject,
        };
        var id = detail is null ? null : ZohoV1Records.Flatten(detail)["Id"]?.GetValue<string>();
        return id is null
            ? throw new VendorResponseException(502, $"Zoho CRM answered insertRecords without the new record's id", answer.Result?.ToJsonString() ?? "(no result)")
            : await GetAsync(call, id, ct);
    }

    /// <summary>
    /// updateRecords changes the fields given and leaves the rest, for PATCH and PUT alike: v1 has no replace.
    /// A null empties the field. The record is read back afterwards.
    /// </summary>
    public async Task<JsonObject> UpdateAsync(HubCall call, string id, JsonObject record, bool replace, CancellationToken ct)
    {
        var module = call.Object.VendorObject;
        await SendAsync(call, HttpMethod.Post, module, "updateRecords",
            new Dictionary<string, string?> { ["id"] = id, ["xmlData"] = ZohoV1Records.XmlData(call.Object, record, keepNulls: true) }, ct);
        return await GetAsync(call, id, ct);
    }

    public async Task DeleteAsync(HubCall call, string id, CancellationToken ct) =>
        await SendAsync(call, HttpMethod.Post, call.Object.VendorObject, "deleteRecords", new Dictionary<string, string?> { ["id"] = id }, ct);

    public Task<HubPage> ListChildrenAsync(HubCall call, string id, string childPath, HubQuery query, CancellationToken ct) =>
        throw ApiException.NotFound($"Zoho CRM v1 '{call.ObjectName}' has no child resources.");

    public Task<JsonObject> CreateChildAsync(HubCall call, string id, string childPath, JsonObject record, CancellationToken ct) =>
        throw ApiException.NotFound($"Zoho CRM v1 '{call.ObjectName}' has no child resources.");

    /// <summary>The cheapest authenticated v1 call, the one provisioning proves a token with.</summary>
    public async Task PingAsync(HubCall call, CancellationToken ct) =>
        await SendAsync(call, HttpMethod.Get, "Users", "getUsers", new Dictionary<string, string?> { ["type"] = "CurrentUser" }, ct);

    public Uri PassthroughRoot(HubInstance instance) => new($"{ZohoV1Http.CrmOrigin(instance)}/crm/private/json/");

    /// <summary>
    /// Adds <c>authtoken</c> and <c>scope=crmapi</c> as query parameters, which every v1 version took (the later
    /// <c>Authorization</c> header did not exist at first). A raw request cannot be replayed, so a revoked token
    /// shows as Zoho's 4834 body; the next hub call renews it.
    /// </summary>
    public Task AuthorizeAsync(HubCall call, HttpRequestMessage request, CancellationToken ct)
    {
        var token = call.Instance.Get(ZohoV1Http.TokenKey(call.Instance)) ?? "";
        request.RequestUri = new Uri(QueryHelpers.AddQueryString(request.RequestUri!.ToString(),
            new Dictionary<string, string?> { ["authtoken"] = token, ["scope"] = "crmapi" }));
        return Task.CompletedTask;
    }

    /// <summary>One field for getRecords' <c>sortColumnString</c>; searchRecords cannot sort at all.</summary>
    private void Sort(HubCall call, HubQuery query, ZohoV1Filter filter, Dictionary<string, string?> parameters)
    {
        if (query.OrderBy.Count == 0)
        {
            return;
        }

        if (query.OrderBy.Count > 1)
        {
            throw new CeqlUnsupportedException(_criteria.Vendor,
                $"{_criteria.Vendor} v1 sorts by one field only; orderBy names {query.OrderBy.Count}: {string.Join(", ", query.OrderBy.Select(o => o.Field))}");
        }

        var sort = query.OrderBy[0];
        if (filter.Criteria is not null)
        {
            throw new CeqlUnsupportedException(_criteria.Vendor,
                $"{_criteria.Vendor} v1 cannot sort search results (orderBy '{sort.Field}' with a where other than a '{ZohoV1CriteriaTranslator.ModifiedTime}' bound)");
        }

        parameters["sortColumnString"] = Label(call, sort.Field);
        parameters["sortOrderString"] = sort.Direction == CeqlSortDirection.Descending ? "desc" : "asc";
    }

    /// <summary>A CEQL field as its v1 label; a name the catalog does not list goes as written (custom fields).</summary>
    private static string Label(HubCall call, string field) => call.Fields.Find(field)?.Name ?? field;

    /// <summary>One v1 call; on a refused ticket (4834), one new authtoken for all concurrent callers and one replay.</summary>
    private async Task<ZohoV1Answer> SendAsync(
        HubCall call, HttpMethod method, string module, string apiMethod, IReadOnlyDictionary<string, string?> parameters, CancellationToken ct)
    {
        var key = ZohoV1Http.TokenKey(call.Instance);
        var token = call.Instance.Get(key) ?? "";
        var answer = await ZohoV1Http.SendAsync(call, method, module, apiMethod, parameters, token, ct);
        if (answer.ErrorCode == "4834")
        {
            token = await sessions.RefreshAsync(call.Instance, token, key, c => ReloginAsync(call, key, c), ct);
            answer = await ZohoV1Http.SendAsync(call, method, module, apiMethod, parameters, token, ct);
        }

        return answer.ErrorCode is { } code ? throw ZohoV1Http.Failure(module, apiMethod, code, answer.ErrorMessage) : answer;
    }

    /// <summary>A new authtoken with the instance's stored e-mail and password (the same request provisioning makes).</summary>
    private static async Task<Dictionary<string, string?>> ReloginAsync(HubCall call, string key, CancellationToken ct)
    {
        var i = call.Instance;
        try
        {
            var token = await ZohoAuthTokens.CreateAsync(call.Http, i.Role("accountsUrl") is { Length: > 0 } url ? url : ZohoAuthTokens.DefaultAccountsUrl,
                i.RequireRole("username"), i.RequireRole("password"), ct);
            return new Dictionary<string, string?> { [key] = token };
        }
        catch (VendorRejectedException e)
        {
            throw new VendorResponseException(e.StatusCode >= 500 ? 502 : 401,
                "Zoho CRM refused the instance's authtoken and would not issue a new one; update the instance's credentials.", e.ProviderMessage);
        }
    }
}
