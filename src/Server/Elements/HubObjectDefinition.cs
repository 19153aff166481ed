using System.Text.Json.Serialization;

namespace OpenElements.Server.Elements;

/// <summary>
/// A hub object of an element (<c>contacts</c>, <c>incidents</c>…) and the vendor resource behind it.
/// The connector named by the element's <c>hubConnector</c> speaks the vendor protocol; this is the data.
/// </summary>
public sealed record HubObjectDefinition
{
    /// <summary>
    /// The vendor's resource name or path, e.g. <c>Contacts</c>, <c>company/companies</c>, <c>customer</c>;
    /// <c>{config.key}</c> placeholders take the instance's values (a ConnectWise board's statuses).
    /// </summary>
    public required string VendorObject { get; init; }

    /// <summary>The vendor field that is the record's id in hub paths (<c>id</c>, <c>PartyNumber</c>…).</summary>
    public string IdField { get; init; } = "id";

    /// <summary>A fixed native filter every list adds (NetSuite leads are customers at a lead stage).</summary>
    public string? BaseFilter { get; init; }

    /// <summary>
    /// The hub offers reads only (ConnectWise's priorities and board statuses are setup tables): writes are
    /// refused with a 405 naming the object, rather than sent on for the vendor to answer with a bare 404.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>Child resources reachable as <c>/{object}/{id}/{child}</c>: child name → vendor sub-path.</summary>
    public Dictionary<string, string> Children { get; init; } = [];

    /// <summary>Fields for metadata, CEQL type checks and field selection.</summary>
    public List<HubFieldDefinition> Fields { get; init; } = [];
}

/// <summary>A field as <c>/objects/{name}/metadata</c> describes it.</summary>
public sealed class HubFieldDefinition
{
    /// <summary>The vendor's field name (also the name clients use: records come back as the vendor's own objects).</summary>
    public required string VendorPath { get; init; }

    /// <summary>The name CEQL uses when the vendor path is not a CEQL identifier (<c>company.id</c> for <c>company/id</c>).</summary>
    public string? Name { get; init; }

    /// <summary>string, number, boolean, date, reference, array, object.</summary>
    public string Type { get; init; } = "string";

    public bool ReadOnly { get; init; }

    public bool Required { get; init; }

    [JsonIgnore]
    public bool Filterable => Type is "string" or "number" or "boolean" or "date" or "reference";
}
