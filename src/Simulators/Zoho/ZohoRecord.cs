using System.Globalization;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// One v1 record: display label → text, in the order Zoho lists the fields. Every v1 value is text (numbers
/// and dates too); an empty string is an empty field. Stored records are never changed: a write stores a copy.
/// </summary>
public sealed class ZohoRecord
{
    /// <summary>v1's timestamp format, in the user's time zone (the simulator's user is on UTC).</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    private readonly OrderedDictionary<string, string> _fields;

    public ZohoRecord(IEnumerable<KeyValuePair<string, string>> fields) => _fields = new(fields, StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, string>> Fields => _fields;

    public string this[string label] => _fields.GetValueOrDefault(label) ?? "";

    public bool Has(string label) => _fields.ContainsKey(label);

    /// <summary>A copy with <paramref name="changes"/> applied; labels it did not have go at the end.</summary>
    public ZohoRecord With(IEnumerable<KeyValuePair<string, string>> changes)
    {
        var copy = new ZohoRecord(_fields);
        foreach (var (label, value) in changes)
        {
            copy._fields[label] = value;
        }

        return copy;
    }

    public static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
