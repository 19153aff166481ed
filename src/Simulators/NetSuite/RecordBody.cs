using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.NetSuite;

/// <summary>A POST or PATCH body read into typed field values, or the nsError to answer instead.</summary>
internal static class RecordBody
{
    public static (Dictionary<string, object?>? Values, IResult? Error) Read(JsonElement body, RecordType type, RecordStore store, HttpRequest request, bool create)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, RestErrors.InvalidContent("The request body must be a JSON object of record fields."));
        }

        // REVIEW: [M] unknown properties fail unless X-NetSuite-PropertyNameValidation says Warning or Ignore;
        // strict is the more useful default for a simulator that should catch a client's misspellings.
        var ignoreUnknown = request.Headers["X-NetSuite-PropertyNameValidation"].ToString() is var mode
            && (mode.Equals("Warning", StringComparison.OrdinalIgnoreCase) || mode.Equals("Ignore", StringComparison.OrdinalIgnoreCase));
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            var field = type.Field(property.Name);
            // REVIEW: [M] read-only fields (id, dates) are dropped, not refused, so a fetched record can be sent back.
            if (property.Name == "links" || field is { System: true } || (field is null && ignoreUnknown))
            {
                continue;
            }

            if (field is null)
            {
                return (null, RestErrors.InvalidContent($"Invalid field '{property.Name}' for record type '{type.Name}'."));
            }

            if (!TryConvert(field, property.Value, store, out var value))
            {
                var shown = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("id", out var id)
                    ? id.ToString()
                    : property.Value.ToString();
                return (null, RestErrors.InvalidContent(field.Name, shown));
            }

            values[field.Name] = value;
        }

        if (create && !type.Required.Any(set => set.All(f => values.GetValueOrDefault(f) is not (null or ""))))
        {
            var missing = type.Required[0].Where(f => values.GetValueOrDefault(f) is null or "");
            return (null, RestErrors.UserError($"Please enter value(s) for: {string.Join(", ", missing)}."));
        }

        return (values, null);
    }

    private static bool TryConvert(NsField field, JsonElement json, RecordStore store, out object? value)
    {
        value = null;
        if (json.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (field.Type)
        {
            case NsType.Text when json.ValueKind == JsonValueKind.String:
                value = json.GetString();
                return true;
            case NsType.Integer when json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var l):
                value = l;
                return true;
            case NsType.Number when json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var d):
                value = d;
                return true;
            case NsType.Boolean when json.ValueKind is JsonValueKind.True or JsonValueKind.False:
                value = json.GetBoolean();
                return true;
            case NsType.Date when json.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(json.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                value = day;
                return true;
            // A reference is written as {"id": "13"}; its refName comes from what the id names.
            case NsType.Reference when json.ValueKind == JsonValueKind.Object
                && json.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number:
                value = store.Resolve(field, id.ToString());
                return value is not null;
            default:
                return false;
        }
    }
}
