using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// <c>/crmRestApi/resources/</c>: the version list, and per resource the collection (GET with paging,
/// q, orderBy and fields; POST) and the item (GET, PATCH, DELETE) — vendors.md 3.1–3.4.
/// </summary>
internal static class OracleCrmApi
{
    public const string Root = "/crmRestApi/resources";
    public const string LatestVersion = "11.13.18.05";
    public const int DefaultLimit = 25;
    public const int MaxFrameworkVersion = 4;

    // REVIEW: [M] the cap Fusion puts on limit; a larger limit is lowered to it and the envelope says so.
    public const int MaxLimit = 500;

    // REVIEW: [M] which older versions a pod lists; they are listed only, their resources are 404s.
    private static readonly string[] ListedVersions = ["11.1.11", "11.1.12", "11.1.13", LatestVersion];

    public static IEndpointRouteBuilder MapOracleCrm(this IEndpointRouteBuilder site)
    {
        // Routing ignores the trailing slash, so "/crmRestApi/resources/" lands here too.
        site.MapGet(Root, ListVersions);
        // The version list is discovery, not data: faults and request counts cover the resources only.
        var data = site.MapGroup(Root + "/{version}").AddEndpointFilter<OracleFaultFilter>();
        data.MapGet("/{resource}", List).CountsAs(RequestKind.List);
        data.MapPost("/{resource}", OracleItemApi.CreateAsync).CountsAs(RequestKind.Create);
        data.MapGet("/{resource}/{key}", OracleItemApi.Get).CountsAs(RequestKind.Read);
        data.MapPatch("/{resource}/{key}", OracleItemApi.UpdateAsync).CountsAs(RequestKind.Update);
        data.MapDelete("/{resource}/{key}", OracleItemApi.Delete).CountsAs(RequestKind.Delete);
        return site;
    }

    private static IResult ListVersions(HttpRequest request)
    {
        var origin = OracleJson.Origin(request);
        var items = new JsonArray();
        foreach (var version in ListedVersions)
        {
            var latest = version == LatestVersion;
            // REVIEW: [M] framework versions of the older releases, and the links' name and kind.
            JsonArray allowed = latest ? ["1", "2", "3", "4"] : ["1"];
            items.Add(new JsonObject
            {
                ["version"] = version,
                ["isLatest"] = latest,
                ["adf:extension"] = new JsonObject { ["defaultFrameworkVersion"] = latest ? "3" : "1", ["allowedFrameworkVersions"] = allowed },
                ["links"] = new JsonArray(OracleJson.Link("self", $"{origin}{Root}/{version}", version, "describe")),
            });
        }

        return OracleJson.Collection(new JsonObject { ["items"] = items });
    }

    private static IResult List(string version, string resource, HttpContext http, OracleStore store)
    {
        if (Resolve(http, version, resource, out var target, out var frameworkVersion) is { } refused)
        {
            return refused;
        }

        var (query, error) = OracleListQuery.Read(http.Request.Query, target, frameworkVersion);
        if (query is null)
        {
            return OracleErrors.BadRequest(http, error!);
        }

        var table = store.Table(target);
        var matches = query.Apply(table.Snapshot());
        var page = matches.Skip(query.Offset).Take(query.Limit).ToList();
        var href = CollectionHref(http.Request, target);
        var body = new JsonObject
        {
            ["items"] = new JsonArray([.. page.Select(r => (JsonNode)OracleJson.Item(target, r, table.KeyOf(r), href, !query.OnlyData, query.Fields))]),
        };
        if (query.TotalResults)
        {
            body["totalResults"] = matches.Count;
        }

        body["count"] = page.Count;
        body["hasMore"] = query.Offset + page.Count < matches.Count;
        body["limit"] = query.Limit;
        body["offset"] = query.Offset;
        // REVIEW: [M] the collection's self link without the paging query (vendors.md's sample elides it).
        body["links"] = new JsonArray(OracleJson.Link("self", href, target.Name, "collection"));
        return OracleJson.Collection(body);
    }

    /// <summary>
    /// Checks what every data route shares: the version, the resource and the framework version header.
    /// Null when all are good; otherwise the answer to send.
    /// </summary>
    public static IResult? Resolve(HttpContext http, string version, string resource, out OracleResource target, out int frameworkVersion)
    {
        target = null!;
        frameworkVersion = 0;
        // "latest" is Fusion's alias for the newest version; older listed versions serve nothing here.
        if (version is not (LatestVersion or "latest") || OracleResources.Find(resource) is not { } found)
        {
            return OracleErrors.NotFound(http, $"The resource {resource} does not exist in version {version}.");
        }

        if (OracleErrors.FrameworkVersion(http) is not { } fw)
        {
            // REVIEW: [M] the answer to a framework version the release does not allow.
            return OracleErrors.BadRequest(http, $"REST-Framework-Version {http.Request.Headers["REST-Framework-Version"]} is not supported; allowed are 1 to {MaxFrameworkVersion}.");
        }

        target = found;
        frameworkVersion = fw;
        return null;
    }

    /// <summary>The collection's URL under the latest version, whichever alias the request used.</summary>
    public static string CollectionHref(HttpRequest request, OracleResource resource) =>
        $"{OracleJson.Origin(request)}{Root}/{LatestVersion}/{resource.Name}";
}
