using OpenElements.Server.Elements;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.Hubs;

/// <summary>Everything a connector needs for one hub request.</summary>
public sealed class HubCall(HubInstance instance, string objectName, HubObjectDefinition definition, HttpClient http, TimeProvider time)
{
    public HubInstance Instance { get; } = instance;

    /// <summary>The hub object name as the client wrote it, lower case (<c>contacts</c>).</summary>
    public string ObjectName { get; } = objectName;

    public HubObjectDefinition Object { get; } = definition;

    public HttpClient Http { get; } = http;

    public TimeProvider Time { get; } = time;

    /// <summary>The object's fields as CEQL sees them (name → vendor name and type); built once per call.</summary>
    public IFieldMap Fields { get; } = new FieldMap(definition.Fields
        .Where(f => f.Filterable)
        .ToDictionary(f => f.Name ?? f.VendorPath, f => new VendorField(f.VendorPath, f.Type switch
        {
            "number" => CeqlFieldType.Number,
            "boolean" => CeqlFieldType.Boolean,
            "date" => CeqlFieldType.Date,
            "reference" => CeqlFieldType.Reference,
            _ => CeqlFieldType.String,
        }), StringComparer.OrdinalIgnoreCase));
}

/// <summary>A list request: CEQL where, selection, order and where to start.</summary>
/// <param name="Offset">Records to skip (from <c>page</c>, or the next-page token).</param>
/// <param name="Cursor">A connector cursor from a next-page token, when the vendor pages by cursor.</param>
public sealed record HubQuery(
    CeqlExpression? Where,
    IReadOnlyList<CeqlSort> OrderBy,
    IReadOnlyList<string> Fields,
    int PageSize,
    long Offset,
    string? Cursor,
    bool ReturnTotalCount,
    string QueryHash = "");
