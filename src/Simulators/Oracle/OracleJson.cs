using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Oracle;

/// <summary>ADF REST payloads: the resource media types, item bodies and their links.</summary>
internal static class OracleJson
{
    public const string CollectionType = "application/vnd.oracle.adf.resourcecollection+json";
    public const string ItemType = "application/vnd.oracle.adf.resourceitem+json";

    public static IResult Collection(JsonObject body) => Results.Text(body.ToJsonString(), CollectionType);

    public static IResult Item(JsonObject body) => Results.Text(body.ToJsonString(), ItemType);

    /// <summary>The pod's own https origin: links name the vendor URL, never the loopback listener.</summary>
    public static string Origin(HttpRequest request) => "https://" + request.Host.Value;

    public static JsonObject Link(string rel, string href, string name, string kind) =>
        new() { ["rel"] = rel, ["href"] = href, ["name"] = name, ["kind"] = kind };

    /// <summary>An account as Fusion lists it; <c>onlyData=true</c> drops the links.</summary>
    public static JsonObject Account(OracleAccount a, string collectionHref, bool withLinks)
    {
        var item = new JsonObject
        {
            ["PartyId"] = a.PartyId,
            ["PartyNumber"] = a.PartyNumber,
            ["OrganizationName"] = a.OrganizationName,
            ["Type"] = a.Type,
            ["OwnerName"] = a.OwnerName,
            ["EmailAddress"] = a.EmailAddress,
            ["FormattedPhoneNumber"] = a.FormattedPhoneNumber,
            ["URL"] = a.Url,
            ["City"] = a.City,
            ["State"] = a.State,
            ["Country"] = a.Country,
            ["CreatedBy"] = a.CreatedBy,
            ["CreationDate"] = Timestamp(a.CreationDate),
            ["LastUpdatedBy"] = a.LastUpdatedBy,
            ["LastUpdateDate"] = Timestamp(a.LastUpdateDate),
        };
        if (withLinks)
        {
            var href = $"{collectionHref}/{Uri.EscapeDataString(a.PartyNumber)}";
            var self = Link("self", href, "accounts", "item");
            // REVIEW: [M] Fusion's changeIndicator is a serialized Java object in hex; this one only
            // changes when the row does, which is all a client may rely on.
            self["properties"] = new JsonObject { ["changeIndicator"] = "ACED0005" + a.LastUpdateDate.ToUnixTimeSeconds().ToString("X16", CultureInfo.InvariantCulture) };
            item["links"] = new JsonArray(self, Link("canonical", href, "accounts", "item"));
        }

        return item;
    }

    /// <summary>ISO-8601 with a numeric offset, CE's <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
