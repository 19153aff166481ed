using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Oracle;

/// <summary>A collection GET's query options, read and checked against the resource (vendors.md 3.3).</summary>
internal sealed record OracleListQuery(
    int Limit,
    int Offset,
    OracleFilter? Filter,
    IReadOnlyList<(OracleField Field, bool Descending)> OrderBy,
    IReadOnlySet<string>? Fields,
    bool OnlyData,
    bool TotalResults)
{
    // Query options the simulator does not implement: refusing them beats ignoring them silently.
    private static readonly string[] Unsupported = ["expand", "finder"];

    /// <summary>The options, or the 400 message naming the first bad one.</summary>
    public static (OracleListQuery? Query, string? Error) Read(IQueryCollection query, OracleResource resource, int frameworkVersion)
    {
        if (Unsupported.FirstOrDefault(query.ContainsKey) is { } unsupported)
        {
            return (null, $"URL request parameter {unsupported} is not supported by the OpenElements simulator.");
        }

        if (!TryReadInt(query, "limit", OracleCrmApi.DefaultLimit, min: 1, out var limit, out var error)
            || !TryReadInt(query, "offset", 0, min: 0, out var offset, out error))
        {
            return (null, error);
        }

        var fields = ReadFields(query, resource, out error);
        if (error is not null)
        {
            return (null, error);
        }

        var order = new List<(OracleField, bool)>();
        foreach (var term in Terms(query, "orderBy"))
        {
            var (name, direction) = term.IndexOf(':') is var colon and >= 0 ? (term[..colon], term[(colon + 1)..]) : (term, "asc");
            if (resource.Field(name) is not { } field || direction is not ("asc" or "desc"))
            {
                return (null, $"URL request parameter orderBy with value {query["orderBy"]} is invalid: {term} is not Attribute[:asc|:desc] on {resource.Name}.");
            }

            order.Add((field, direction == "desc"));
        }

        OracleFilter? filter = null;
        var q = query["q"].ToString();
        if (q.Trim().Length > 0)
        {
            try
            {
                filter = frameworkVersion >= 2 ? OracleExpression.Parse(q, resource) : OracleQbe.Parse(q, resource);
            }
            catch (OracleQueryException e)
            {
                // REVIEW: [M] the first sentence is the research's; the reason after it is the simulator's.
                return (null, $"URL request parameter q with value {q} is invalid. {e.Message}");
            }
        }

        return (new OracleListQuery(Math.Min(limit, OracleCrmApi.MaxLimit), offset, filter, order, fields,
            IsTrue(query, "onlyData"), IsTrue(query, "totalResults")), null);
    }

    /// <summary><c>fields=A,B</c> as a set, null when absent; an unknown attribute is an error.</summary>
    public static IReadOnlySet<string>? ReadFields(IQueryCollection query, OracleResource resource, out string? error)
    {
        error = null;
        if (!query.ContainsKey("fields"))
        {
            return null;
        }

        var names = Terms(query, "fields");
        if (names.FirstOrDefault(n => resource.Field(n) is null) is { } unknown)
        {
            error = $"URL request parameter fields with value {query["fields"]} is invalid: {unknown} is not an attribute of {resource.Name}.";
            return null;
        }

        return names.ToHashSet(StringComparer.Ordinal);
    }

    public static bool IsTrue(IQueryCollection query, string name) =>
        string.Equals(query[name].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The rows matching the filter, ordered (stable: ties keep id order), before paging.</summary>
    public IReadOnlyList<OracleRow> Apply(IReadOnlyList<OracleRow> rows)
    {
        IEnumerable<OracleRow> result = Filter is null ? rows : rows.Where(Filter.Matches);
        IOrderedEnumerable<OracleRow>? ordered = null;
        foreach (var (field, descending) in OrderBy)
        {
            var comparer = Comparer<object?>.Create(CompareNullsLast);
            ordered = ordered is null
                ? descending ? result.OrderByDescending(r => r[field.Name], comparer) : result.OrderBy(r => r[field.Name], comparer)
                : descending ? ordered.ThenByDescending(r => r[field.Name], comparer) : ordered.ThenBy(r => r[field.Name], comparer);
        }

        return [.. ordered ?? result];
    }

    // REVIEW: [M] where Fusion sorts nulls; Oracle Database puts them last ascending, i.e. "largest".
    private static int CompareNullsLast(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => OracleValues.Compare(a, b),
    };

    private static List<string> Terms(IQueryCollection query, string name) =>
        [.. query[name].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

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
}
