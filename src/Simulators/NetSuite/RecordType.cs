namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Field kinds, which decide the q operators a field takes (vendors.md 1.4). Values live in records as
/// <c>long</c> (Id, Integer), <c>decimal</c>, <c>string</c>, <c>bool</c>, <c>DateOnly</c>,
/// <c>DateTimeOffset</c> or <see cref="NsRef"/>.
/// </summary>
internal enum NsType
{
    /// <summary>The internal id: a number to q, a string on the wire.</summary>
    Id,
    Text,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
    Reference,
}

/// <summary>A reference value: the target's id and display name (<c>{id, refName, links}</c> on the wire).</summary>
public sealed record NsRef(string Id, string RefName);

/// <summary>
/// One field of a record type. A reference names its target: another record type served here (its
/// links point there and its id must exist) or a select list from <see cref="RecordTypes.Lists"/>.
/// </summary>
/// <param name="System">Set by NetSuite only (id, dates): ignored in a write.</param>
internal sealed record NsField(string Name, NsType Type, string? Target = null, bool System = false);

/// <summary>A stored record. Never mutated: a write replaces it, so readers need no lock.</summary>
internal sealed class NsRecord(Dictionary<string, object?> values)
{
    public long Id => (long)values["id"]!;

    public object? this[string field] => values.GetValueOrDefault(field);

    public Dictionary<string, object?> ToDictionary() => new(values, StringComparer.Ordinal);
}

/// <summary>A record type such as <c>customer</c>: its fields, what a create needs, and its seed.</summary>
internal sealed class RecordType
{
    private readonly Dictionary<string, NsField> _byName;

    public RecordType(string name, IReadOnlyList<NsField> fields)
    {
        Name = name;
        Fields = fields;
        // q examples spell fields in lower case (companyname); look-ups ignore case, output keeps the schema's.
        _byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Path segment, e.g. <c>supportCase</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<NsField> Fields { get; }

    /// <summary>The creation date-time field: <c>dateCreated</c> on entities, <c>createdDate</c> on transactions.</summary>
    public string CreatedField { get; init; } = "dateCreated";

    /// <summary>Field sets a POST must fill: any one set complete is enough (a customer is a company or a person).</summary>
    public required IReadOnlyList<string[]> Required { get; init; }

    public required int SeedCount { get; init; }

    public required long FirstId { get; init; }

    /// <summary>Builds seed record <c>i</c>, id and timestamps included, from this type's generator.</summary>
    public required Func<int, Random, Dictionary<string, object?>> Seed { get; init; }

    /// <summary>Fills what a write derives (entityId, tranId…) from the record and its new id.</summary>
    public Action<Dictionary<string, object?>> Derive { get; init; } = _ => { };

    /// <summary>The name a reference to a record of this type shows.</summary>
    public required Func<NsRecord, string> RefName { get; init; }

    public NsField? Field(string name) => _byName.GetValueOrDefault(name);
}
