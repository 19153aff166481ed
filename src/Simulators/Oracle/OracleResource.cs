namespace OpenElements.Simulators.Oracle;

/// <summary>The attribute types the simulator stores: text, int64, decimal, date-time with offset, date, boolean.</summary>
internal enum OracleType
{
    Text,
    Integer,
    Number,
    DateTime,
    Date,
    Boolean,
}

/// <summary>
/// One attribute of a resource. Values live in rows as <c>string</c>, <c>long</c>, <c>decimal</c>,
/// <c>DateTimeOffset</c>, <c>DateOnly</c> or <c>bool</c> (or null), so filters compare typed values.
/// </summary>
/// <param name="System">Set by the pod only (ids, who and when columns): writing it is a 400.</param>
internal sealed record OracleField(string Name, OracleType Type, bool System = false);

/// <summary>A published row. Never mutated: a write replaces the row, so readers need no lock.</summary>
internal sealed class OracleRow(Dictionary<string, object?> values)
{
    public object? this[string field] => values.GetValueOrDefault(field);

    /// <summary>A copy to build the replacement row from.</summary>
    public Dictionary<string, object?> ToDictionary() => new(values, StringComparer.Ordinal);
}

/// <summary>A top-level resource such as <c>accounts</c>: its attributes, path key and seed.</summary>
internal sealed class OracleResource
{
    private readonly Dictionary<string, OracleField> _byName;

    /// <summary>Prefix of the numbers the pod makes up for parties, leads and opportunities.</summary>
    // REVIEW: [M] CDRM_ is what the research's samples show for accounts; used for every number here.
    public const string NumberPrefix = "CDRM_";

    public OracleResource(string name, string key, string idField, string numberField, IReadOnlyList<OracleField> fields)
    {
        Name = name;
        Key = key;
        IdField = idField;
        NumberField = numberField;
        Fields = fields;
        // ADF attribute names are case-sensitive: "partynumber" is not an attribute.
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Path segment under the version, e.g. <c>accounts</c>.</summary>
    public string Name { get; }

    /// <summary>The attribute that names an item in its path, e.g. <c>PartyNumber</c>.</summary>
    public string Key { get; }

    /// <summary>The int64 surrogate id the pod assigns, e.g. <c>PartyId</c>.</summary>
    public string IdField { get; }

    /// <summary>The text number the pod makes up (<c>CDRM_1001</c>) unless a POST supplies one.</summary>
    public string NumberField { get; }

    public IReadOnlyList<OracleField> Fields { get; }

    /// <summary>Attributes a POST must carry.</summary>
    public required IReadOnlyList<string> Required { get; init; }

    /// <summary>Child collections named in each item's links (not served: they are links only).</summary>
    public required IReadOnlyList<string> Children { get; init; }

    /// <summary>How many rows the seed holds.</summary>
    public required int SeedCount { get; init; }

    /// <summary>First seeded id; ids and numbers grow from here.</summary>
    public required long FirstId { get; init; }

    /// <summary>First seeded number (the digits after the prefix).</summary>
    public required long FirstNumber { get; init; }

    /// <summary>Builds seed row <c>i</c> from a generator seeded for this resource.</summary>
    public required Func<int, Random, Dictionary<string, object?>> Seed { get; init; }

    /// <summary>Fills attributes a write derives from others (e.g. a contact's full name).</summary>
    public Action<Dictionary<string, object?>> Derive { get; init; } = _ => { };

    public OracleField? Field(string name) => _byName.GetValueOrDefault(name);
}
