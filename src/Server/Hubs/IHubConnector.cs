using System.Text.Json.Nodes;

namespace OpenElements.Server.Hubs;

/// <summary>
/// Speaks one vendor's record API for the hub resources (<c>/hubs/{hub}/{object}</c>). The catalog
/// names it (<c>"hubConnector": "sugarcrm.v10"</c>) and maps hub objects to vendor resources; the
/// connector does authentication, paging, filters and error bodies the vendor's way. Records go back
/// as the vendor's own objects (the platform returns vendor fields, not a normalised model).
/// </summary>
public interface IHubConnector
{
    string Name { get; }

    /// <summary>Translates CEQL to the vendor's filter; throws <see cref="Ceql.CeqlUnsupportedException"/> for what it cannot express.</summary>
    Task<HubPage> ListAsync(HubCall call, HubQuery query, CancellationToken ct);

    Task<JsonObject> GetAsync(HubCall call, string id, CancellationToken ct);

    Task<JsonObject> CreateAsync(HubCall call, JsonObject record, CancellationToken ct);

    /// <summary><paramref name="replace"/>: PUT semantics where the vendor has them; otherwise a merge like PATCH.</summary>
    Task<JsonObject> UpdateAsync(HubCall call, string id, JsonObject record, bool replace, CancellationToken ct);

    Task DeleteAsync(HubCall call, string id, CancellationToken ct);

    /// <summary>Lists or creates a child collection, e.g. an incident's comments.</summary>
    Task<HubPage> ListChildrenAsync(HubCall call, string id, string childPath, HubQuery query, CancellationToken ct);

    Task<JsonObject> CreateChildAsync(HubCall call, string id, string childPath, JsonObject record, CancellationToken ct);

    /// <summary>A cheap authenticated call that proves the instance still works.</summary>
    Task PingAsync(HubCall call, CancellationToken ct);

    /// <summary>
    /// The vendor API root passthrough paths are relative to (e.g. <c>https://host/rest/v10/</c>); a
    /// passthrough request can never leave it.
    /// </summary>
    Uri PassthroughRoot(HubInstance instance);

    /// <summary>Adds the instance's vendor authentication to a raw request (refreshing tokens as the connector does).</summary>
    Task AuthorizeAsync(HubCall call, HttpRequestMessage request, CancellationToken ct);
}

/// <summary>
/// One page of records. <see cref="HasMore"/> says the vendor has more after it; <see cref="NextCursor"/> is
/// the connector's own resume point when the vendor pages by cursor (offset-paged vendors leave it null).
/// </summary>
public sealed record HubPage(IReadOnlyList<JsonObject> Items, bool HasMore, string? NextCursor = null, long? TotalCount = null);
