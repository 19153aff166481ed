using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenElements.Simulators.NetSuite;

/// <summary>The REST record API (<c>/services/rest/record/v1</c>): customer collection and customer by id.</summary>
internal static class RecordApi
{
    public const string BasePath = "/services/rest/record/v1";

    // Documented default and maximum page size.
    private const int MaxLimit = 1000;

    // REVIEW: [M] the success media types; NetSuite labels its JSON with Oracle's resource types.
    private const string CollectionType = "application/vnd.oracle.resource+json; type=collection";
    private const string RecordType = "application/vnd.oracle.resource+json; type=singular-resource";

    public static void MapRecordApi(this IEndpointRouteBuilder vendor)
    {
        var records = vendor.MapGroup(BasePath).AddEndpointFilter<TbaFilter>();
        records.MapGet("/customer", ListCustomers);
        records.MapGet("/customer/{id}", GetCustomer);
    }

    private static IResult ListCustomers(HttpRequest request, CustomerStore store)
    {
        // REVIEW: q filtering arrives with the data-API task; until then say so rather than ignore it
        // and return an unfiltered page a poller would take for the answer.
        if (request.Query.ContainsKey("q"))
        {
            return RestErrors.InvalidParameter("q", "The simulator does not evaluate q filters yet.");
        }

        if (!TryReadInt(request, "limit", MaxLimit, out var limit) || limit is < 1 or > MaxLimit)
        {
            return RestErrors.InvalidParameter("limit", $"Invalid value for the parameter limit. It must be between 1 and {MaxLimit}.");
        }

        if (!TryReadInt(request, "offset", 0, out var offset) || offset < 0)
        {
            return RestErrors.InvalidParameter("offset", "Invalid value for the parameter offset. It must be 0 or greater.");
        }

        var total = store.Count;
        var page = store.Page(offset, limit);
        var collection = Origin(request) + "/customer";
        string PageUrl(int o) => $"{collection}?limit={limit}&offset={o}";

        var links = new JsonArray();
        if (offset > 0)
        {
            links.Add(Link("prev", PageUrl(Math.Max(0, offset - limit))));
            links.Add(Link("first", PageUrl(0)));
        }

        var hasMore = offset + page.Count < total;
        if (hasMore)
        {
            links.Add(Link("next", PageUrl(offset + limit)));
            links.Add(Link("last", PageUrl((total - 1) / limit * limit)));
        }

        links.Add(Link("self", PageUrl(offset)));
        var body = new JsonObject
        {
            ["links"] = links,
            ["count"] = page.Count,
            ["hasMore"] = hasMore,
            ["offset"] = offset,
            ["totalResults"] = total,
            ["items"] = new JsonArray([.. page.Select(c => (JsonNode)new JsonObject
            {
                ["links"] = new JsonArray(Link("self", $"{collection}/{c.Id}")),
                ["id"] = c.Id.ToString(CultureInfo.InvariantCulture),
            })]),
        };
        return Results.Content(body.ToJsonString(RestErrors.Json), CollectionType);
    }

    private static IResult GetCustomer(HttpRequest request, string id, CustomerStore store)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var internalId) || store.Find(internalId) is not { } c)
        {
            return RestErrors.NotFound();
        }

        var body = new JsonObject
        {
            ["links"] = new JsonArray(Link("self", $"{Origin(request)}/customer/{c.Id}")),
            ["id"] = c.Id.ToString(CultureInfo.InvariantCulture),
            ["entityId"] = c.EntityId,
            ["companyName"] = c.CompanyName,
            ["isPerson"] = false,
            ["email"] = c.Email,
            ["phone"] = c.Phone,
            ["isInactive"] = c.IsInactive,
            ["dateCreated"] = Iso(c.DateCreated),
            ["lastModifiedDate"] = Iso(c.LastModifiedDate),
            ["entityStatus"] = new JsonObject { ["links"] = new JsonArray(), ["id"] = c.EntityStatusId, ["refName"] = c.EntityStatusName },
            ["subsidiary"] = new JsonObject { ["links"] = new JsonArray(), ["id"] = "1", ["refName"] = "Parent Company" },
        };
        return Results.Content(body.ToJsonString(RestErrors.Json), RecordType);
    }

    // Links name the vendor URL the client called, not the loopback address the simulator listens on.
    private static string Origin(HttpRequest request) => $"https://{request.Host.Host.ToLowerInvariant()}{BasePath}";

    private static JsonObject Link(string rel, string href) => new() { ["rel"] = rel, ["href"] = href };

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

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
