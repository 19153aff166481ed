using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// The arguments of a list, filter or count call (vendors.md 5.3), read from the query string and, for
/// POST, from the body, whose values win, as Sugar merges the two.
/// </summary>
internal sealed record SugarListQuery(
    JsonNode? Filter,
    int MaxNum,
    int? Offset,
    IReadOnlyList<string>? Fields,
    IReadOnlyList<(string Field, bool Descending)> OrderBy)
{
    public const int DefaultMaxNum = 20;

    // FilterApi's default order when the caller names none.
    private static readonly (string, bool)[] DefaultOrder = [("date_modified", true)];

    public static SugarListQuery Read(IQueryCollection query, JsonObject? body, int maxRecordFetchSize)
    {
        // A body value wins; a list (fields or order_by sent as an array) reads as its comma-joined text.
        string? Arg(string name) => body?[name] switch
        {
            JsonValue value => Scalar(value),
            JsonArray list => string.Join(',', list.OfType<JsonValue>().Select(Scalar)),
            _ => query[name].FirstOrDefault(),
        };

        var filter = body?.ContainsKey("filter") == true
            ? body["filter"]
            : query.ContainsKey("filter") ? SugarFilter.ParseText(query["filter"].ToString()) : SugarQueryForm.Read(query, "filter");

        // An empty or non-positive max_num means the default, as PHP's empty() and (int) cast make it.
        var maxNum = int.TryParse(Arg("max_num"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m) && m >= 1 ? m : DefaultMaxNum;
        var offsetText = Arg("offset");
        int? offset = offsetText == "end" ? null
            : int.TryParse(offsetText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var o) && o > 0 ? o : 0;
        var fields = Arg("fields") is { Length: > 0 } f ? f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
        return new SugarListQuery(filter, Math.Min(maxNum, maxRecordFetchSize), offset, fields, ParseOrder(Arg("order_by")));
    }

    /// <summary>Filters and sorts, then takes one page; fetches one extra record to tell whether there are more.</summary>
    public (List<JsonObject> Records, int NextOffset) Page(IEnumerable<JsonObject> records, SugarModule module, string userId)
    {
        if (Offset is not { } offset)
        {
            // offset=end is how a client says it has seen everything.
            return ([], -1);
        }

        var window = Sorted(Matching(records, module, userId), module).Skip(offset).Take(MaxNum + 1).ToList();
        var more = window.Count > MaxNum;
        var page = window.Take(MaxNum).Select(r => Project(r, module, Fields)).ToList();
        return (page, more ? offset + MaxNum : -1);
    }

    public IEnumerable<JsonObject> Matching(IEnumerable<JsonObject> records, SugarModule module, string userId)
    {
        var predicate = SugarFilter.Compile(Filter, module, userId);
        return records.Where(predicate);
    }

    /// <summary>Keeps the named fields plus those Sugar always returns; unknown names are ignored, as Sugar ignores them.</summary>
    public static JsonObject Project(JsonObject record, SugarModule module, IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return record;
        }

        var wanted = new HashSet<string>(fields, StringComparer.Ordinal) { "id", "date_modified", "_acl", "_module" };
        var projected = new JsonObject();
        foreach (var name in module.FieldNames.Where(wanted.Contains))
        {
            if (record.TryGetPropertyValue(name, out var value))
            {
                projected[name] = value?.DeepClone();
            }
        }

        return projected;
    }

    private IEnumerable<JsonObject> Sorted(IEnumerable<JsonObject> records, SugarModule module)
    {
        var order = (OrderBy.Count == 0 ? DefaultOrder : OrderBy)
            .Select(o => module.TryGetField(o.Field, out var type) && type != SugarFieldType.Meta && type != SugarFieldType.Email
                ? (o.Field, Type: type, o.Descending)
                // REVIEW: [M] the wording; Sugar refuses an order_by on a field the module does not have.
                : throw new SugarFilterException($"Invalid order by field: {o.Field}"))
            .ToArray();

        // Keys are read once per record, not once per comparison: dates are parsed from text.
        var keyed = records.Select(r => (Record: r, Keys: order.Select(o => SugarValue.SortKey(r, o.Field, o.Type)).ToArray())).ToList();
        keyed.Sort((a, b) =>
        {
            for (var i = 0; i < order.Length; i++)
            {
                var c = SugarValue.Compare(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return order[i].Descending ? -c : c;
                }
            }

            // Sugar adds the id as a last sort column so that pages never overlap or skip.
            return string.CompareOrdinal((string?)a.Record["id"], (string?)b.Record["id"]);
        });
        return keyed.Select(k => k.Record);
    }

    /// <summary><c>date_modified:DESC,name</c>; the direction defaults to ascending.</summary>
    private static List<(string, bool)> ParseOrder(string? text)
    {
        var order = new List<(string, bool)>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':');
            var field = colon < 0 ? part : part[..colon];
            var direction = colon < 0 ? "ASC" : part[(colon + 1)..];
            order.Add((field, direction.Equals("DESC", StringComparison.OrdinalIgnoreCase)));
        }

        return order;
    }

    private static string Scalar(JsonValue value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
