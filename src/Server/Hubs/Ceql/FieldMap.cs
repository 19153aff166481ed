namespace OpenElements.Server.Hubs.Ceql;

/// <summary>How a vendor stores a field, which decides its operators and how literals are written.</summary>
public enum CeqlFieldType
{
    String,
    Number,
    Boolean,

    /// <summary>A date or date-time; CEQL literals for it are ISO-8601 strings.</summary>
    Date,

    /// <summary>A link to another record, filtered by its id (NetSuite select, ConnectWise <c>company/id</c>).</summary>
    Reference,
}

/// <summary>The vendor's name for a CEQL field, and its type.</summary>
public sealed record VendorField(string Name, CeqlFieldType Type);

/// <summary>
/// CEQL field names → vendor fields for one object of one element. The caller provides it (the
/// catalog will); a translator never guesses a field it does not find.
/// </summary>
public interface IFieldMap
{
    VendorField? Find(string field);
}

/// <summary>
/// A fixed map. CEQL names match case-insensitively: Cloud Elements' own examples mix <c>Name</c>
/// and <c>name</c> for one field, and no vendor object has two fields differing only in case.
/// </summary>
public sealed class FieldMap(IReadOnlyDictionary<string, VendorField> fields) : IFieldMap
{
    private readonly Dictionary<string, VendorField> _fields = new(fields, StringComparer.OrdinalIgnoreCase);

    public static FieldMap Of(params (string Field, string VendorName, CeqlFieldType Type)[] fields) =>
        new(fields.ToDictionary(f => f.Field, f => new VendorField(f.VendorName, f.Type), StringComparer.OrdinalIgnoreCase));

    public VendorField? Find(string field) => _fields.GetValueOrDefault(field);
}
