using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Oracle;

/// <summary>ADF REST payloads: the resource media types, item bodies and their links.</summary>
internal static class OracleJson
{
    public const string CollectionType = "application/vnd.oracle.adf.resourcecollection+json";
    public const string ItemType = "application/vnd.oracle.adf.resourceitem+json";

    /// <summary>Writes '+' in offsets and '&amp;' in names as themselves, as Fusion does (the default encoder escapes them).</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Collection(JsonObject body) => Results.Text(body.ToJsonString(Json), CollectionType);

    public static IResult Item(JsonObject body, int status = StatusCodes.Status200OK) => Results.Text(body.ToJsonString(Json), ItemType, statusCode: status);

    /// <summary>The pod's own https origin: links name the vendor URL, never the loopback listener.</summary>
    public static string Origin(HttpRequest request) => "https://" + request.Host.Value;

    public static JsonObject Link(string rel, string href, string name, string kind) =>
        new() { ["rel"] = rel, ["href"] = href, ["name"] = name, ["kind"] = kind };

    /// <summary>
    /// A row as Fusion returns it: the selected attributes (all when <paramref name="fields"/> is null) in
    /// the resource's order, then self, canonical and child links unless <c>onlyData=true</c>.
    /// </summary>
    public static JsonObject Item(OracleResource resource, OracleRow row, string key, string collectionHref, bool withLinks, IReadOnlySet<string>? fields = null)
    {
        var item = new JsonObject();
        foreach (var field in resource.Fields)
        {
            if (fields is null || fields.Contains(field.Name))
            {
                item[field.Name] = Value(row[field.Name]);
            }
        }

        if (withLinks)
        {
            var href = $"{collectionHref}/{Uri.EscapeDataString(key)}";
            var self = Link("self", href, resource.Name, "item");
            // REVIEW: [M] Fusion's changeIndicator is a serialized Java object in hex; this one only
            // changes when the row does, which is all a client may rely on.
            var stamp = ((DateTimeOffset)row["LastUpdateDate"]!).ToUnixTimeSeconds();
            self["properties"] = new JsonObject { ["changeIndicator"] = "ACED0005" + stamp.ToString("X16", CultureInfo.InvariantCulture) };
            var links = new JsonArray(self, Link("canonical", href, resource.Name, "item"));
            foreach (var child in resource.Children)
            {
                links.Add(Link("child", $"{href}/child/{child}", child, "collection"));
            }

            item["links"] = links;
        }

        return item;
    }

    public static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l,
        decimal d => d,
        bool b => b,
        DateTimeOffset t => Timestamp(t),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("unexpected attribute value " + value.GetType().Name),
    };

    /// <summary>ISO-8601 with a numeric offset, CE's <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
