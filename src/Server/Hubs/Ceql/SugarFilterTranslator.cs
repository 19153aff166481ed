using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// CEQL → SugarCRM v10 <c>filter</c> JSON (vendors.md §5.3): an array of conditions ANDed together,
/// each <c>{"field":{"$op":value}}</c>, with <c>{"$and":[…]}</c> and <c>{"$or":[…]}</c> for groups.
/// </summary>
public sealed class SugarFilterTranslator : ICeqlTranslator
{
    // Relaxed escaping so quotes read as \" rather than \u0022: the value goes into a query string or
    // a JSON body, never into HTML, which is what the default encoder guards against.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Vendor => "SugarCRM";

    public VendorFilter Translate(CeqlExpression expression, IFieldMap fields) =>
        new("filter", ToFilterJson(expression, fields).ToJsonString(Compact));

    /// <summary>The filter array, for a <c>POST /{Module}/filter</c> body.</summary>
    public JsonArray ToFilterJson(CeqlExpression expression, IFieldMap fields)
    {
        // The array is already an implicit AND, so a top-level AND needs no "$and" wrapper.
        var top = expression is CeqlAnd and ? and.Operands : [expression];
        return new JsonArray(top.Select(e => (JsonNode?)Condition(e, fields)).ToArray());
    }

    private JsonObject Condition(CeqlExpression expression, IFieldMap fields)
    {
        switch (expression)
        {
            case CeqlAnd and:
                return Group("$and", and.Operands, fields);
            case CeqlOr or:
                return Group("$or", or.Operands, fields);
            case CeqlIsNull isNull:
                // REVIEW: FilterApi ignores the operand of $is_null/$not_null; "" is what Sugar's own examples send [M].
                return Single(CeqlTranslation.Resolve(isNull.Field, fields, Vendor), isNull.Negated ? "$not_null" : "$is_null", "");
            case CeqlComparison c:
                var field = CeqlTranslation.Resolve(c.Field, fields, Vendor);
                return Single(field, Operator(c.Operator), Json(CeqlTranslation.Comparand(field, c.Operator, c.Value, Vendor)));
            case CeqlIn @in:
                var listField = CeqlTranslation.Resolve(@in.Field, fields, Vendor);
                var values = CeqlTranslation.Convert(@in.Values, listField, Vendor);
                return Single(listField, @in.Negated ? "$not_in" : "$in", new JsonArray(values.Select(Json).ToArray()));
            case CeqlLike like:
                return Like(CeqlTranslation.Resolve(like.Field, fields, Vendor), like);
            default:
                throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, null);
        }
    }

    private JsonObject Group(string name, IReadOnlyList<CeqlExpression> operands, IFieldMap fields) =>
        new() { [name] = new JsonArray(operands.Select(o => (JsonNode?)Condition(o, fields)).ToArray()) };

    private JsonObject Like(FieldRef field, CeqlLike like)
    {
        var pattern = CeqlTranslation.Like(field, like, Vendor);
        var op = (pattern.Shape, like.Negated) switch
        {
            (LikeShape.Exact, false) => "$equals",
            (LikeShape.Exact, true) => "$not_equals",
            (LikeShape.StartsWith, false) => "$starts",
            (LikeShape.EndsWith, false) => "$ends",
            (LikeShape.Contains, false) => "$contains",
            (LikeShape.Contains, true) => "$not_contains",
            (LikeShape.StartsWith or LikeShape.EndsWith, true) => throw CeqlTranslation.Unsupported(Vendor,
                CeqlTranslation.Construct(like), field, "it has $not_contains but no negated $starts or $ends"),
            _ => throw CeqlTranslation.Unsupported(Vendor, CeqlTranslation.Construct(like), field,
                "only 'text%', '%text' and '%text%' map to its $starts, $ends and $contains"),
        };
        return Single(field, op, pattern.Text);
    }

    private static JsonObject Single(FieldRef field, string op, JsonNode? operand) =>
        new() { [field.Name] = new JsonObject { [op] = operand } };

    private static string Operator(CeqlOperator op) => op switch
    {
        CeqlOperator.Equal => "$equals",
        CeqlOperator.NotEqual => "$not_equals",
        CeqlOperator.Less => "$lt",
        CeqlOperator.LessOrEqual => "$lte",
        CeqlOperator.Greater => "$gt",
        _ => "$gte",
    };

    private static JsonNode Json(NativeValue value) => value switch
    {
        NativeText t => JsonValue.Create(t.Text),
        NativeNumber n => JsonValue.Create(n.Value),
        NativeBoolean b => JsonValue.Create(b.Value),
        NativeDate d => JsonValue.Create(d.Date.Iso("+00:00")),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };
}
