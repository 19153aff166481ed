using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// PHP's reading of bracketed query keys: <c>filter[0][name][$starts]=A</c> becomes
/// <c>[{"name":{"$starts":"A"}}]</c>, <c>[]</c> appends, and every leaf is a string.
/// </summary>
internal static class SugarQueryForm
{
    /// <summary>The structure under <paramref name="root"/>, or null when no key starts with <c>root[</c>.</summary>
    public static JsonNode? Read(IQueryCollection query, string root)
    {
        var tree = new Branch();
        var found = false;
        foreach (var (key, values) in query)
        {
            if (!key.StartsWith(root + "[", StringComparison.Ordinal) || Segments(key[root.Length..]) is not { } segments)
            {
                continue;
            }

            found = true;
            foreach (var value in values)
            {
                tree.Insert(segments, value ?? "");
            }
        }

        return found ? tree.ToJson() : null;
    }

    /// <summary>"[0][name][$in][]" → 0, name, $in, ""; null when the brackets do not pair up.</summary>
    private static List<string>? Segments(string text)
    {
        var segments = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var close = text.IndexOf(']', at);
            if (text[at] != '[' || close < 0)
            {
                return null;
            }

            segments.Add(text[(at + 1)..close]);
            at = close + 1;
        }

        return segments;
    }

    private sealed class Branch
    {
        private readonly List<KeyValuePair<string, object>> _children = [];

        public void Insert(List<string> segments, string value)
        {
            var node = this;
            for (var i = 0; i < segments.Count - 1; i++)
            {
                var key = segments[i].Length == 0 ? node.NextIndex() : segments[i];
                var existing = node._children.FirstOrDefault(c => c.Key == key).Value as Branch;
                if (existing is null)
                {
                    existing = new Branch();
                    node.Set(key, existing);
                }

                node = existing;
            }

            var last = segments[^1];
            node.Set(last.Length == 0 ? node.NextIndex() : last, value);
        }

        // PHP appends at one past the largest integer key.
        private string NextIndex() =>
            (_children.Select(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).DefaultIfEmpty(-1).Max() + 1)
            .ToString(CultureInfo.InvariantCulture);

        private void Set(string key, object value)
        {
            _children.RemoveAll(c => c.Key == key);
            _children.Add(new(key, value));
        }

        /// <summary>Integer keys only make a list (a JSON array, in key order); anything else an object.</summary>
        public JsonNode ToJson()
        {
            var indexed = _children.Select(c => (Index: int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1, c.Value)).ToList();
            if (indexed.Count > 0 && indexed.All(c => c.Index >= 0))
            {
                return new JsonArray([.. indexed.OrderBy(c => c.Index).Select(c => Node(c.Value))]);
            }

            var json = new JsonObject();
            foreach (var (key, value) in _children)
            {
                json[key] = Node(value);
            }

            return json;
        }

        private static JsonNode? Node(object value) => value is Branch branch ? branch.ToJson() : JsonValue.Create((string)value);
    }
}
