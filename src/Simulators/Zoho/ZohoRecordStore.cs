namespace OpenElements.Simulators.Zoho;

/// <summary>
/// One module's records in creation order, by id. Records are immutable, so a snapshot can be read while
/// writes go on. New ids continue the module's sequence.
/// </summary>
internal sealed class ZohoRecordStore
{
    private readonly Lock _gate = new();
    private readonly ZohoModule _module;
    private readonly OrderedDictionary<string, ZohoRecord> _records;
    private long _sequence;

    public ZohoRecordStore(ZohoModule module, IReadOnlyList<ZohoRecord> seed)
    {
        _module = module;
        _records = new(seed.Select(r => KeyValuePair.Create(r[module.IdLabel], r)), StringComparer.Ordinal);
        _sequence = seed.Count;
    }

    public ZohoRecord[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _records.Values];
        }
    }

    public ZohoRecord? Find(string id)
    {
        lock (_gate)
        {
            return _records.GetValueOrDefault(id);
        }
    }

    /// <summary>Stores a new record built by <paramref name="build"/> from the next id.</summary>
    public ZohoRecord Add(Func<string, ZohoRecord> build)
    {
        lock (_gate)
        {
            var record = build(ZohoSeed.Id(_module, ++_sequence));
            _records.Add(record[_module.IdLabel], record);
            return record;
        }
    }

    /// <summary>Replaces the record with <paramref name="change"/>'s copy; null when the id is unknown.</summary>
    public ZohoRecord? Update(string id, Func<ZohoRecord, ZohoRecord> change)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(id, out var current))
            {
                return null;
            }

            var updated = change(current);
            _records[id] = updated;
            return updated;
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

/// <summary>Every module's store, seeded on first use.</summary>
internal sealed class ZohoData
{
    private readonly Dictionary<string, Lazy<ZohoRecordStore>> _stores;
    private readonly Dictionary<string, Lazy<HashSet<string>>> _labels;
    private readonly ZohoSeed _seed;

    public ZohoData(Microsoft.Extensions.Options.IOptions<ZohoSimulatorOptions> options)
    {
        var seed = _seed = ZohoSeed.For(options.Value);
        _stores = ZohoModule.All.Values.ToDictionary(m => m.Name, m => new Lazy<ZohoRecordStore>(() => new ZohoRecordStore(m, seed.For(m))), StringComparer.Ordinal);
        // Every record of a module has the same labels (writes keep to them), so the first seeded one names them.
        _labels = ZohoModule.All.Values.ToDictionary(m => m.Name,
            m => new Lazy<HashSet<string>>(() => new HashSet<string>(seed.For(m)[0].Fields.Select(f => f.Key), StringComparer.Ordinal)), StringComparer.Ordinal);
    }

    public ZohoRecordStore this[ZohoModule module] => _stores[module.Name].Value;

    /// <summary>The module's field labels in the order records list them.</summary>
    public IEnumerable<string> Layout(ZohoModule module) => _seed.For(module)[0].Fields.Select(f => f.Key);

    /// <summary>The module's field labels (the layout).</summary>
    public IReadOnlySet<string> Labels(ZohoModule module) => _labels[module.Name].Value;
}
