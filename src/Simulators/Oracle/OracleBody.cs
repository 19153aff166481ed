using System.Globalization;
using System.Text.Json;

namespace OpenElements.Simulators.Oracle;

/// <summary>A POST or PATCH body read into typed attribute values, or the reason it cannot be.</summary>
internal static class OracleBody
{
    /// <summary>The attributes a body sets; on create, also checks the required ones are there.</summary>
    public static (Dictionary<string, object?>? Values, string? Error) Read(JsonElement body, OracleResource resource, bool create)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object of attributes.");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            // A client that echoes an item back sends its links; they are not attributes to set.
            if (property.Name == "links")
            {
                continue;
            }

            if (resource.Field(property.Name) is not { } field)
            {
                // REVIEW: [M] wording; ADF refuses attributes the resource does not have.
                return (null, $"{property.Name} is not an attribute of {resource.Name}.");
            }

            // The key names the row in its URL: a PATCH cannot move it.
            if (field.System || (!create && field.Name == resource.Key))
            {
                // REVIEW: [M] ADF's JBO-27008 says "Attribute X in Y is read only"; the exact text is not recorded.
                return (null, $"Attribute {field.Name} in {resource.Name} is read only.");
            }

            if (!TryConvert(field, property.Value, out var value))
            {
                return (null, $"The value {property.Value.GetRawText()} of attribute {field.Name} is not a valid {OracleValues.Describe(field.Type)}.");
            }

            values[field.Name] = value;
        }

        if (create && resource.Required.FirstOrDefault(r => values.GetValueOrDefault(r) is null or "") is { } missing)
        {
            // REVIEW: [M] wording of a missing required attribute.
            return (null, $"Attribute {missing} in {resource.Name} is required.");
        }

        return (values, null);
    }

    private static bool TryConvert(OracleField field, JsonElement json, out object? value)
    {
        value = null;
        if (json.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (field.Type)
        {
            case OracleType.Text when json.ValueKind == JsonValueKind.String:
                value = json.GetString();
                return true;
            case OracleType.Integer when json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var l):
                value = l;
                return true;
            case OracleType.Number when json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var d):
                value = d;
                return true;
            case OracleType.Boolean when json.ValueKind is JsonValueKind.True or JsonValueKind.False:
                value = json.GetBoolean();
                return true;
            case OracleType.DateTime when json.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t):
                value = t;
                return true;
            case OracleType.Date when json.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(json.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                value = day;
                return true;
            default:
                return false;
        }
    }
}
