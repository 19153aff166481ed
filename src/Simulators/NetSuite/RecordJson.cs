using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.NetSuite;

/// <summary>Records and references as the REST record API writes them (vendors.md 1.3).</summary>
internal static class RecordJson
{
    // REVIEW: [M] the success media types; NetSuite labels its JSON with Oracle's resource types.
    public const string CollectionType = "application/vnd.oracle.resource+json; type=collection";
    public const string RecordType = "application/vnd.oracle.resource+json; type=singular-resource";

    /// <summary>The record API root under the host the client called, never the loopback listener.</summary>
    public static string Origin(HttpRequest request) => $"https://{request.Host.Host.ToLowerInvariant()}{RecordApi.BasePath}";

    public static JsonObject Link(string rel, string href) => new() { ["rel"] = rel, ["href"] = href };

    /// <summary>
    /// A record: its self link, then its fields in schema order. Empty fields are left out, as NetSuite
    /// does; <c>fields=</c> keeps only the named ones.
    /// </summary>
    // REVIEW: [M] with fields=, whether id comes back unasked; here only what was named (and links).
    public static JsonObject Record(string origin, RecordType type, NsRecord record, IReadOnlySet<string>? fields)
    {
        var json = new JsonObject { ["links"] = new JsonArray(Link("self", $"{origin}/{type.Name}/{record.Id}")) };
        foreach (var field in type.Fields)
        {
            if ((fields is null || fields.Contains(field.Name)) && Value(origin, field, record[field.Name]) is { } value)
            {
                json[field.Name] = value;
            }
        }

        return json;
    }

    private static JsonNode? Value(string origin, NsField field, object? value) => value switch
    {
        null => null,
        long l when field.Type == NsType.Id => l.ToString(CultureInfo.InvariantCulture),
        long l => l,
        decimal d => d,
        string s => s,
        bool b => b,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => Iso(t),
        // A reference to a record served here links to it; a select-list entry has no links (Oracle's sample).
        NsRef r => new JsonObject
        {
            ["links"] = field.Target is { } target && RecordTypes.Find(target) is not null
                ? new JsonArray(Link("self", $"{origin}/{target}/{r.Id}"))
                : new JsonArray(),
            ["id"] = r.Id,
            ["refName"] = r.RefName,
        },
        _ => throw new InvalidOperationException("unexpected field value " + value.GetType().Name),
    };

    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
