using System.Globalization;
using OpenElements.Server.Errors;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Hubs;

/// <summary>The platform's list parameters: where, fields, orderBy, page, pageSize, nextPage, returnTotalCount.</summary>
public static class HubQueryParser
{
    /// <summary>The platform's default page size.</summary>
    public const int DefaultPageSize = 200;

    /// <summary>The platform's maximum (element swaggers say 5000).</summary>
    public const int MaxPageSize = 5000;

    public static HubQuery Parse(IQueryCollection query, string objectName)
    {
        string? where = NonEmpty(query["where"]), orderBy = NonEmpty(query["orderBy"]), fields = NonEmpty(query["fields"]);
        var pageSize = Int(query, "pageSize", DefaultPageSize, 1, MaxPageSize);
        long offset = 0;
        string? cursor = null;
        var hash = PageToken.HashOf(where, orderBy, fields);
        if (NonEmpty(query["nextPage"]) is { } token)
        {
            var decoded = PageToken.Decode(token, objectName, hash);
            (offset, cursor) = (decoded.Offset, decoded.Cursor);
        }
        else
        {
            offset = (Int(query, "page", 1, 1, int.MaxValue) - 1L) * pageSize;
        }

        return new HubQuery(
            where is null ? null : CeqlParser.Parse(where),
            orderBy is null ? [] : CeqlParser.ParseOrderBy(orderBy),
            fields is null ? [] : CeqlParser.ParseFields(fields),
            pageSize,
            offset,
            cursor,
            bool.TryParse(query["returnTotalCount"], out var total) && total,
            hash);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Int(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var raw = NonEmpty(query[name]);
        if (raw is null)
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw ApiException.BadRequest($"'{name}' must be a whole number from {min} to {max}, not '{raw}'.");
    }
}
