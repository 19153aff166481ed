using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Compiles a Sugar filter definition (vendors.md 5.3) into a predicate: an array of conditions ANDed
/// together, <c>$and</c>/<c>$or</c> groups, and <c>{"field":{"$op":operand}}</c> leaves. Fields and
/// operators are checked up front, so a bad filter fails even when no record would reach it.
/// </summary>
internal static class SugarFilter
{
    public static Func<JsonObject, bool> Compile(JsonNode? filter, SugarModule module, string userId) => filter switch
    {
        null => _ => true,
        JsonArray conditions => All(conditions, module, userId),
        // REVIEW: [M] a lone condition object is taken as a one-element array; Sugar iterates whatever it decoded.
        JsonObject condition => Condition(condition, module, userId),
        _ => throw new SugarFilterException("Invalid filter definition"),
    };

    private static Func<JsonObject, bool> All(JsonArray conditions, SugarModule module, string userId)
    {
        var parts = conditions.Select(c => c is JsonObject o ? Condition(o, module, userId) : throw new SugarFilterException("Invalid filter definition")).ToArray();
        return r => parts.All(p => p(r));
    }

    private static Func<JsonObject, bool> Condition(JsonObject condition, SugarModule module, string userId)
    {
        var parts = new List<Func<JsonObject, bool>>();
        foreach (var (key, value) in condition)
        {
            parts.Add(key switch
            {
                "$and" => All(Array(value, key), module, userId),
                "$or" => Any(Array(value, key), module, userId),
                // The user-relative filters Sugar's list views use; the value is ignored, as in FilterApi.
                "$owner" => r => (string?)r["assigned_user_id"] == userId,
                "$creator" => r => (string?)r["created_by"] == userId,
                // REVIEW: [M] $favorite, $tracker and $following need per-user state the simulator does not keep.
                _ when key.StartsWith('$') => throw new SugarFilterException($"Did not recognize the operand: {key}"),
                _ => Field(key, value, module),
            });
        }

        return r => parts.All(p => p(r));
    }

    private static Func<JsonObject, bool> Any(JsonArray conditions, SugarModule module, string userId)
    {
        var parts = conditions.Select(c => c is JsonObject o ? Condition(o, module, userId) : throw new SugarFilterException("Invalid filter definition")).ToArray();
        return r => parts.Any(p => p(r));
    }

    private static Func<JsonObject, bool> Field(string field, JsonNode? value, SugarModule module)
    {
        // REVIEW: [M] the wording of Sugar's unknown-field error; related fields (link.field) are not supported.
        if (!module.TryGetField(field, out var type) || type == SugarFieldType.Meta)
        {
            throw new SugarFilterException($"Unknown field: {field}");
        }

        // A bare value is shorthand for $equals.
        if (value is not JsonObject operations)
        {
            return Leaf(field, type, "$equals", value);
        }

        var parts = operations.Select(op => Leaf(field, type, op.Key, op.Value)).ToArray();
        return r => parts.All(p => p(r));
    }

    private static Func<JsonObject, bool> Leaf(string field, SugarFieldType type, string op, JsonNode? operand)
    {
        IEnumerable<object> Values(JsonObject r) => SugarValue.Keys(r, field, type);
        Func<JsonObject, bool> Text(Func<string, string, bool> test)
        {
            var text = OperandText(operand, op);
            return r => Values(r).Any(v => test(SugarValue.Text(v), text));
        }

        Func<JsonObject, bool> Compare(Func<int, bool> test)
        {
            var key = SugarValue.Key(operand, type) ?? throw new SugarFilterException($"{op} requires a value");
            return r => Values(r).Any(v => test(SugarValue.Compare(v, key)));
        }

        switch (op)
        {
            case "$equals":
                return Compare(c => c == 0);
            case "$not_equals":
                // REVIEW: [M] empty fields count as "not equal", as Sugar adds OR … IS NULL to negative operators.
                return Negate(Compare(c => c == 0));
            case "$starts":
                return Text((v, t) => v.StartsWith(t, StringComparison.OrdinalIgnoreCase));
            case "$ends":
                return Text((v, t) => v.EndsWith(t, StringComparison.OrdinalIgnoreCase));
            case "$contains":
                return Text((v, t) => v.Contains(t, StringComparison.OrdinalIgnoreCase));
            case "$not_contains":
                return Negate(Text((v, t) => v.Contains(t, StringComparison.OrdinalIgnoreCase)));
            case "$in":
            case "$not_in":
                var keys = Array(operand, op).Select(o => SugarValue.Key(o, type)).ToArray();
                Func<JsonObject, bool> @in = r => Values(r).Any(v => keys.Any(k => SugarValue.Compare(v, k) == 0));
                return op == "$in" ? @in : Negate(@in);
            case "$is_null":
                return r => !Values(r).Any();
            case "$not_null":
                return r => Values(r).Any();
            case "$empty":
                return r => Values(r).All(v => SugarValue.Text(v).Length == 0);
            case "$not_empty":
                return r => Values(r).Any(v => SugarValue.Text(v).Length > 0);
            case "$lt":
                return Compare(c => c < 0);
            case "$lte":
                return Compare(c => c <= 0);
            case "$gt":
                return Compare(c => c > 0);
            case "$gte":
                return Compare(c => c >= 0);
            case "$between":
                var bounds = Array(operand, op);
                if (bounds.Count != 2)
                {
                    throw new SugarFilterException("$between requires an array with two values.");
                }

                var (low, high) = (SugarValue.Key(bounds[0], type), SugarValue.Key(bounds[1], type));
                return r => Values(r).Any(v => SugarValue.Compare(v, low) >= 0 && SugarValue.Compare(v, high) <= 0);
            default:
                // REVIEW: [M] $dateBetween and $dateRange (relative ranges such as "last_7_days") are not implemented.
                throw new SugarFilterException($"Did not recognize the operand: {op}");
        }
    }

    private static Func<JsonObject, bool> Negate(Func<JsonObject, bool> test) => r => !test(r);

    private static string OperandText(JsonNode? operand, string op) =>
        SugarValue.Key(operand, SugarFieldType.Text) is string text ? text : throw new SugarFilterException($"{op} requires a value");

    // REVIEW: [M] wording of the error for a non-array operand.
    private static JsonArray Array(JsonNode? node, string op) =>
        node as JsonArray ?? throw new SugarFilterException($"{op} requires an array");

    /// <summary>Parses a <c>filter</c> given as a JSON string (GET) into its definition.</summary>
    public static JsonNode? ParseText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new SugarFilterException("Invalid filter definition");
        }
    }
}
