using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Field values as comparable keys: date-times as instants, numbers as decimals, text as MySQL's
/// default collation sees it (case-insensitive). Empty values are null keys and sort first, as NULLs do in MySQL.
/// </summary>
internal static class SugarValue
{
    /// <summary>The non-null keys a record holds for <paramref name="field"/>: one, none, or for <c>email</c> one per address.</summary>
    public static IEnumerable<object> Keys(JsonObject record, string field, SugarFieldType type)
    {
        if (!record.TryGetPropertyValue(field, out var node) || node is null)
        {
            yield break;
        }

        if (type == SugarFieldType.Email)
        {
            foreach (var entry in node.AsArray())
            {
                if (entry?["email_address"]?.GetValue<string>() is { } address)
                {
                    yield return address;
                }
            }

            yield break;
        }

        if (Key(node, type) is { } key)
        {
            yield return key;
        }
    }

    /// <summary>The first key, for sorting.</summary>
    public static object? SortKey(JsonObject record, string field, SugarFieldType type) => Keys(record, field, type).FirstOrDefault();

    /// <summary>A JSON value (stored or a filter operand) read as <paramref name="type"/>; text that does not parse stays text.</summary>
    public static object? Key(JsonNode? node, SugarFieldType type)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        return type switch
        {
            SugarFieldType.DateTime => SugarDate.Parse(text) is { } instant ? instant : text,
            SugarFieldType.Int or SugarFieldType.Currency =>
                decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text,
            SugarFieldType.Bool => text is "true" or "1" ? true : text is "false" or "0" ? false : text,
            _ => text,
        };
    }

    /// <summary>Orders two keys; nulls first, same-typed keys by value, anything else as text.</summary>
    public static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
        (decimal x, decimal y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => StringComparer.OrdinalIgnoreCase.Compare(Text(a), Text(b)),
    };

    public static string Text(object key) => key switch
    {
        DateTimeOffset instant => SugarDate.Format(instant),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => (string)key,
    };
}
