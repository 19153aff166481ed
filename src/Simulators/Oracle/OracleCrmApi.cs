using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenElements.Simulators.Oracle;

/// <summary><c>/crmRestApi/resources/</c>: the version list and the accounts collection (vendors.md 3.1–3.3).</summary>
internal static class OracleCrmApi
{
    public const string Root = "/crmRestApi/resources";
    public const string LatestVersion = "11.13.18.05";
    public const int DefaultLimit = 25;

    // REVIEW: [M] the cap Fusion puts on limit; a larger limit is lowered to it and the envelope says so.
    public const int MaxLimit = 500;

    // REVIEW: [M] which older versions a pod lists; they are listed only, their resources are 404s.
    private static readonly string[] ListedVersions = ["11.1.11", "11.1.12", "11.1.13", LatestVersion];

    // Query options the simulator does not implement yet: refusing them beats ignoring a filter silently.
    private static readonly string[] Unsupported = ["q", "fields", "orderBy", "expand", "finder"];

    public static IEndpointRouteBuilder MapOracleCrm(this IEndpointRouteBuilder site)
    {
        // Routing ignores the trailing slash, so "/crmRestApi/resources/" lands here too.
        site.MapGet(Root, ListVersions);
        site.MapGet(Root + "/{version}/accounts", ListAccounts);
        site.MapGet(Root + "/{version}/accounts/{partyNumber}", GetAccount);
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

    private static IResult ListAccounts(string version, HttpRequest request, OracleAccountStore store)
    {
        if (Resolve(version) is not { } resolved)
        {
            return Results.NotFound();
        }

        var query = request.Query;
        if (Unsupported.FirstOrDefault(query.ContainsKey) is { } unsupported)
        {
            return BadRequest($"URL request parameter {unsupported} is not supported by the OpenElements simulator yet.");
        }

        if (!TryReadInt(query, "limit", DefaultLimit, min: 1, out var limit, out var error)
            || !TryReadInt(query, "offset", 0, min: 0, out var offset, out error))
        {
            return BadRequest(error);
        }

        limit = Math.Min(limit, MaxLimit);
        var (accounts, total) = store.Page(offset, limit);
        var href = $"{OracleJson.Origin(request)}{Root}/{resolved}/accounts";
        var withLinks = !IsTrue(query, "onlyData");
        var body = new JsonObject { ["items"] = new JsonArray([.. accounts.Select(a => OracleJson.Account(a, href, withLinks))]) };
        if (IsTrue(query, "totalResults"))
        {
            body["totalResults"] = total;
        }

        body["count"] = accounts.Count;
        body["hasMore"] = offset + accounts.Count < total;
        body["limit"] = limit;
        body["offset"] = offset;
        // REVIEW: [M] the collection's self link without the paging query (vendors.md's sample elides it).
        body["links"] = new JsonArray(OracleJson.Link("self", href, "accounts", "collection"));
        return OracleJson.Collection(body);
    }

    private static IResult GetAccount(string version, string partyNumber, HttpRequest request, OracleAccountStore store)
    {
        // REVIEW: [M] the 404's body; Fusion's is not recorded, so none is sent.
        return Resolve(version) is { } resolved && store.Find(partyNumber) is { } account
            ? OracleJson.Item(OracleJson.Account(account, $"{OracleJson.Origin(request)}{Root}/{resolved}/accounts", withLinks: !IsTrue(request.Query, "onlyData")))
            : Results.NotFound();
    }

    /// <summary>The version a path names; <c>latest</c> is Fusion's alias for the newest one.</summary>
    private static string? Resolve(string version) =>
        version is LatestVersion or "latest" ? LatestVersion : null;

    private static bool IsTrue(IQueryCollection query, string name) =>
        string.Equals(query[name].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool TryReadInt(IQueryCollection query, string name, int fallback, int min, out int value, out string error)
    {
        error = "";
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            value = fallback;
            return true;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min)
        {
            return true;
        }

        error = $"URL request parameter {name} with value {raw} is invalid.";
        return false;
    }

    // REVIEW: [M] framework versions below 4 answer a bad request in text/plain (vendors.md 3.4).
    private static IResult BadRequest(string message) => Results.Text(message, "text/plain", statusCode: StatusCodes.Status400BadRequest);
}
