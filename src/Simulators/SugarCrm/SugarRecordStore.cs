using System.Text.Json.Nodes;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// One module's records by id. Stored records are never changed in place: a write stores a new copy,
/// so a request that is still serialising an older copy is not disturbed.
/// </summary>
internal sealed class SugarRecordStore(IEnumerable<JsonObject> seed)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _records = seed.ToDictionary(r => (string)r["id"]!, StringComparer.Ordinal);

    public JsonObject[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _records.Values];
        }
    }

    public JsonObject? Find(string id)
    {
        lock (_gate)
        {
            return _records.GetValueOrDefault(id);
        }
    }

    public void Add(JsonObject record)
    {
        lock (_gate)
        {
            _records.Add((string)record["id"]!, record);
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to a copy and stores the copy unless the change refuses it.
    /// Both are null when the id is unknown.
    /// </summary>
    public (JsonObject? Record, SugarError? Error) Update(string id, Func<JsonObject, SugarError?> change)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(id, out var current))
            {
                return (null, null);
            }

            var copy = (JsonObject)current.DeepClone();
            if (change(copy) is { } error)
            {
                return (null, error);
            }

            _records[id] = copy;
            return (copy, null);
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _records.Remove(id);
        }
    }
}

/// <summary>Every module's store, each seeded on first use.</summary>
internal sealed class SugarData
{
    private readonly Dictionary<SugarModule, Lazy<SugarRecordStore>> _stores;

    public SugarData(SugarCrmSimulatorOptions options)
    {
        var seed = SugarSeed.For(options);
        _stores = SugarModule.All.Values.ToDictionary(m => m, m => new Lazy<SugarRecordStore>(() => new SugarRecordStore(seed.For(m))));
    }

    public SugarRecordStore this[SugarModule module] => _stores[module].Value;
}
