using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The REST record API (<c>/services/rest/record/v1</c>) for customer, contact, opportunity and supportCase:
/// collections of references with q, paging and links; records by id; POST, PATCH and DELETE.
/// </summary>
internal static class RecordApi
{
    public const string BasePath = "/services/rest/record/v1";

    // Documented default and maximum page size.
    private const int MaxLimit = 1000;

    public static void MapRecordApi(this IEndpointRouteBuilder vendor)
    {
        // TBA first: governance and faults apply to requests NetSuite has accepted as the integration's.
        var records = vendor.MapGroup(BasePath).AddEndpointFilter<TbaFilter>().AddEndpointFilter<NetSuiteFaultFilter>();
        records.MapGet("/{record}", List).CountsAs(RequestKind.List);
        records.MapPost("/{record}", RecordItemApi.CreateAsync).CountsAs(RequestKind.Create);
        records.MapGet("/{record}/{id}", RecordItemApi.Get).CountsAs(RequestKind.Read);
        records.MapPatch("/{record}/{id}", RecordItemApi.UpdateAsync).CountsAs(RequestKind.Update);
        records.MapDelete("/{record}/{id}", RecordItemApi.Delete).CountsAs(RequestKind.Delete);
    }

    private static IResult List(string record, HttpRequest request, RecordStore store)
    {
        if (RecordTypes.Find(record) is not { } type)
        {
            return UnknownType(record);
        }

        if (!TryReadInt(request, "limit", MaxLimit, out var limit) || limit is < 1 or > MaxLimit)
        {
            return RestErrors.InvalidParameter("limit", $"Invalid value for the parameter limit. It must be between 1 and {MaxLimit}.");
        }

        if (!TryReadInt(request, "offset", 0, out var offset) || offset < 0)
        {
            return RestErrors.InvalidParameter("offset", "Invalid value for the parameter offset. It must be 0 or greater.");
        }

        var q = request.Query["q"].ToString();
        NsFilter? filter = null;
        if (q.Trim().Length > 0)
        {
            try
            {
                filter = NsQueryParser.Parse(q, type);
            }
            catch (NsQueryException e)
            {
                // REVIEW: [M] the prefix is NetSuite's search-error wording as commonly reported; the rest is ours.
                return RestErrors.InvalidParameter("q", "Invalid search query. Detailed unprocessed description follows. Search error occurred: " + e.Message);
            }
        }

        IReadOnlyList<NsRecord> matches = store.Table(type).Snapshot();
        if (filter is not null)
        {
            matches = [.. matches.Where(filter.Matches)];
        }

        var total = matches.Count;
        var page = matches.Skip(offset).Take(limit).ToList();
        var origin = RecordJson.Origin(request);
        var collection = $"{origin}/{type.Name}";
        var filterParam = q.Trim().Length > 0 ? "&q=" + Uri.EscapeDataString(q) : "";
        string PageUrl(int o) => string.Create(CultureInfo.InvariantCulture, $"{collection}?limit={limit}&offset={o}{filterParam}");

        var links = new JsonArray();
        if (offset > 0)
        {
            links.Add(RecordJson.Link("prev", PageUrl(Math.Max(0, offset - limit))));
            links.Add(RecordJson.Link("first", PageUrl(0)));
        }

        var hasMore = offset + page.Count < total;
        if (hasMore)
        {
            links.Add(RecordJson.Link("next", PageUrl(offset + limit)));
            links.Add(RecordJson.Link("last", PageUrl((total - 1) / limit * limit)));
        }

        links.Add(RecordJson.Link("self", PageUrl(offset)));
        var body = new JsonObject
        {
            ["links"] = links,
            ["count"] = page.Count,
            ["hasMore"] = hasMore,
            ["offset"] = offset,
            ["totalResults"] = total,
            // A collection holds references only: clients fetch each record they need.
            ["items"] = new JsonArray([.. page.Select(r => (JsonNode)new JsonObject
            {
                ["links"] = new JsonArray(RecordJson.Link("self", $"{collection}/{r.Id}")),
                ["id"] = r.Id.ToString(CultureInfo.InvariantCulture),
            })]),
        };
        return Results.Content(body.ToJsonString(RestErrors.Json), RecordJson.CollectionType);
    }

    // REVIEW: [M] the answer for a record type the account does not have.
    public static IResult UnknownType(string record) => RestErrors.NotFound($"Record type '{record}' does not exist.");

    private static bool TryReadInt(HttpRequest request, string name, int fallback, out int value)
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
