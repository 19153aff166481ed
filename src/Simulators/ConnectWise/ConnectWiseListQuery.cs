using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// A list or count request's <c>conditions</c>, <c>childConditions</c>, <c>orderBy</c> and <c>fields</c>
/// (vendors.md 4.4); the default order is by id, as ConnectWise lists.
/// </summary>
internal sealed record ConnectWiseListQuery(Condition? Conditions, IReadOnlyList<(string[] Path, bool Descending)> OrderBy, IReadOnlyList<string[]>? Fields)
{
    public static ConnectWiseListQuery Read(IQueryCollection query, ConnectWiseResource resource)
    {
        // REVIEW: [S] childConditions filter on array members (communicationItems/…); here both are
        // ANDed and evaluated alike, an array matching when any element does.
        var conditions = new[] { "conditions", "childConditions" }
            .Select(name => query[name].ToString())
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => ConditionsParser.Parse(text, resource.Resolve))
            .Aggregate((Condition?)null, (all, next) => all is null ? next : new AndCondition(all, next));

        var orderBy = Split(query["orderBy"].ToString()).Select(part =>
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = words.Length > 1 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (words.Length > 2 || (words.Length == 2 && !descending && !words[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
            {
                throw ConditionsException.Syntax($"Invalid orderBy: '{part}'.");
            }

            return (resource.Resolve(words[0].Split('/')), descending);
        }).ToList();

        // REVIEW: [M] unknown names in fields are left out of the answer rather than refused.
        var fields = query.ContainsKey("fields") ? Split(query["fields"].ToString()).Select(f => f.Split('/')).ToList() : null;
        return new ConnectWiseListQuery(conditions, orderBy, fields);
    }

    public IEnumerable<JsonObject> Matching(IEnumerable<JsonObject> entities) =>
        Conditions is null ? entities : entities.Where(Conditions.Matches);

    /// <summary>Matching entities in order: the named keys (empty first, as SQL Server sorts nulls), then id.</summary>
    public IEnumerable<JsonObject> Sorted(IEnumerable<JsonObject> entities)
    {
        var matching = Matching(entities);
        if (OrderBy.Count == 0)
        {
            // The collection already lists by id.
            return matching;
        }

        var keyed = matching.Select(e => (Entity: e, Keys: OrderBy.Select(o => JsonPaths.SortKey(e, o.Path)).ToArray())).ToList();
        keyed.Sort((a, b) =>
        {
            for (var i = 0; i < OrderBy.Count; i++)
            {
                var c = Compare(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return OrderBy[i].Descending ? -c : c;
                }
            }

            return ((int)a.Entity["id"]!).CompareTo((int)b.Entity["id"]!);
        });
        return keyed.Select(k => k.Entity);
    }

    public JsonObject Project(JsonObject entity) => Fields is null ? entity : JsonPaths.Project(entity, Fields);

    private static int Compare(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ when a.GetType() == b.GetType() => a.CompareTo(b),
        _ => string.CompareOrdinal(a.GetType().Name, b.GetType().Name),
    };

    private static IEnumerable<string> Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
