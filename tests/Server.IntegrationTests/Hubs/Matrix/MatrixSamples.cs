using System.Text.Json.Nodes;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>What a PUT does on a vendor, as its connector documents it.</summary>
public enum PutSemantics
{
    /// <summary>The record becomes the body: writable fields left out are cleared (ConnectWise's PUT).</summary>
    Replace,

    /// <summary>PUT is the same merge as PATCH: fields left out keep their values.</summary>
    Merge,
}

/// <summary>An extra field a sample record sets and PATCH changes, with the two values to write.</summary>
public sealed record OptionalField(string Name, JsonNode Created, JsonNode Patched);

/// <summary>
/// The little the catalog cannot say about a vendor: how PUT behaves, which auth type reaches the hubs,
/// and which fields make a valid record where the catalog's <c>required</c> flags are not the whole story.
/// Everything else (objects, read-only ones, fields, ids, children) is read from the catalog.
/// </summary>
public static class MatrixSamples
{
    /// <summary>By hub connector, from each connector's <c>UpdateAsync</c> documentation.</summary>
    public static readonly IReadOnlyDictionary<string, PutSemantics> Put = new Dictionary<string, PutSemantics>
    {
        ["connectwise.rest3"] = PutSemantics.Replace,
        ["netsuite.rest"] = PutSemantics.Merge,
        ["oracle.crmRest"] = PutSemantics.Merge,
        ["sugarcrm.v10"] = PutSemantics.Merge,
        ["zoho.crmV1"] = PutSemantics.Merge,
    };

    /// <summary>Elements whose default seed cannot reach the hubs (NetSuite's hubs need TBA).</summary>
    private static readonly Dictionary<string, string> AuthTypes = new() { ["netsuitecrmv2"] = "TokenBasedAuthentication" };

    /// <summary>
    /// The field a case writes its marker to, where the catalog marks no string field required: a NetSuite
    /// customer needs a company name (or a person's names), which the catalog cannot say as "one of".
    /// </summary>
    private static readonly Dictionary<(string, string), string> MarkerFields = new()
    {
        [("netsuitecrmv2", "accounts")] = "companyName",
        [("netsuitecrmv2", "leads")] = "companyName",
    };

    /// <summary>
    /// Where the first writable optional string field would not do: NetSuite's first is externalId, which
    /// the vendor keeps unique and is better left to the client's own ids, a ConnectWise ticket's recordType defaults back on a replace, and some objects have no
    /// optional string at all.
    /// </summary>
    private static readonly Dictionary<(string, string), OptionalField> OptionalFields = new()
    {
        [("connectwisecrm", "opportunities")] = new("expectedCloseDate", "2027-01-15T00:00:00Z", "2027-02-15T00:00:00Z"),
        [("connectwisehd", "incidents")] = new("requiredDate", "2027-01-15T00:00:00Z", "2027-02-15T00:00:00Z"),
        [("netsuitecrmv2", "accounts")] = new("phone", "555-0101", "555-0102"),
        [("netsuitecrmv2", "leads")] = new("phone", "555-0101", "555-0102"),
        // NetSuite wants a contact's first and last name both; the catalog marks only the last.
        [("netsuitecrmv2", "contacts")] = new("firstName", "Grace", "Ada"),
        [("netsuitecrmv2", "opportunities")] = new("expectedCloseDate", "2027-01-15", "2027-02-15"),
    };

    /// <summary>
    /// Fields copied from an existing record of the object although the catalog does not call them
    /// references: a NetSuite lead is a customer at a lead stage, so a new one needs a lead's status to be
    /// listed as a lead.
    /// </summary>
    private static readonly Dictionary<(string, string), string[]> CopiedFields = new()
    {
        [("netsuitecrmv2", "leads")] = ["entityStatus"],
    };

    /// <summary>A valid child record per catalog child: the catalog describes no child fields.</summary>
    private static readonly Dictionary<(string, string, string), Func<string, JsonObject>> Children = new()
    {
        [("connectwisehd", "incidents", "comments")] = marker => new JsonObject { ["text"] = marker, ["detailDescriptionFlag"] = true },
    };

    /// <summary>Cases the matrix cannot build a valid record for, and why; they are reported as skipped.</summary>
    private static readonly Dictionary<(string, string), string> Skips = [];

    public static string? AuthTypeOf(string element) => AuthTypes.GetValueOrDefault(element);

    public static string? MarkerFieldOf(string element, string objectName) => MarkerFields.GetValueOrDefault((element, objectName));

    public static OptionalField? OptionalFieldOf(string element, string objectName) => OptionalFields.GetValueOrDefault((element, objectName));

    public static string[] CopiedFieldsOf(string element, string objectName) => CopiedFields.GetValueOrDefault((element, objectName)) ?? [];

    public static Func<string, JsonObject>? ChildOf(string element, string objectName, string child) => Children.GetValueOrDefault((element, objectName, child));

    /// <summary>Why a write case cannot run, or null when it can.</summary>
    public static string? SkipReason(string element, string connector, string objectName) =>
        Skips.GetValueOrDefault((element, objectName))
        ?? (Put.ContainsKey(connector) ? null : $"no PUT semantics recorded for connector '{connector}' in {nameof(MatrixSamples)}.{nameof(Put)}");
}
