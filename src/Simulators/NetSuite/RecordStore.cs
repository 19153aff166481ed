namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// The account's records, one table per type, each seeded on first use: tests start simulators often
/// and most touch one record type, if any.
/// </summary>
internal sealed class RecordStore
{
    private readonly Dictionary<string, Lazy<RecordTable>> _tables =
        RecordTypes.All.ToDictionary(t => t.Name, t => new Lazy<RecordTable>(() => RecordTable.Seeded(t)), StringComparer.Ordinal);

    public RecordTable Table(RecordType type) => _tables[type.Name].Value;

    /// <summary>
    /// The reference an id names for a field: a select-list entry or a record served here, with its
    /// display name. Null when nothing has that id (a write then fails as NetSuite's "Invalid Field Value").
    /// </summary>
    public NsRef? Resolve(NsField field, string id)
    {
        if (field.Target is null)
        {
            return null;
        }

        if (RecordTypes.Lists.TryGetValue(field.Target, out var list))
        {
            return list.FirstOrDefault(r => r.Id == id);
        }

        return RecordTypes.Find(field.Target) is { } type
               && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var internalId)
               && Table(type).Find(internalId) is { } record
            ? new NsRef(id, type.RefName(record))
            : null;
    }
}

/// <summary>
/// One record type's records in internal-id order, the order NetSuite lists a collection in. Records are
/// immutable; writes swap them under the lock, so a snapshot stays valid while it is read.
/// </summary>
internal sealed class RecordTable
{
    private readonly Lock _gate = new();
    private readonly RecordType _type;
    private readonly List<NsRecord> _records;
    private readonly Dictionary<long, NsRecord> _byId;
    private long _nextId;

    private RecordTable(RecordType type, List<NsRecord> records)
    {
        _type = type;
        _records = records;
        _byId = records.ToDictionary(r => r.Id);
        _nextId = type.FirstId + records.Count;
    }

    public static RecordTable Seeded(RecordType type)
    {
        // One generator per type with a fixed seed: the same records on every start, whatever is built first.
        var random = new Random(unchecked((int)type.FirstId * 7919 + type.Name.Length));
        var records = new List<NsRecord>(type.SeedCount + 64);
        for (var i = 0; i < type.SeedCount; i++)
        {
            records.Add(new NsRecord(type.Seed(i, random)));
        }

        return new RecordTable(type, records);
    }

    public IReadOnlyList<NsRecord> Snapshot()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }

    public NsRecord? Find(long id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds a record with the next internal id and both timestamps at <paramref name="now"/>.</summary>
    public NsRecord Insert(Dictionary<string, object?> values, DateTimeOffset now)
    {
        lock (_gate)
        {
            values["id"] = _nextId++;
            values[_type.CreatedField] = values["lastModifiedDate"] = now;
            _type.Derive(values);
            var record = new NsRecord(values);
            _records.Add(record);
            _byId[record.Id] = record;
            return record;
        }
    }

    /// <summary>Merges <paramref name="changes"/> and stamps lastModifiedDate; null when the id is unknown.</summary>
    public NsRecord? Update(long id, IReadOnlyDictionary<string, object?> changes, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var current))
            {
                return null;
            }

            var values = current.ToDictionary();
            foreach (var (field, value) in changes)
            {
                values[field] = value;
            }

            // Never earlier than before: a poller on lastModifiedDate must see the change.
            var previous = (DateTimeOffset)current["lastModifiedDate"]!;
            values["lastModifiedDate"] = now > previous ? now : previous.AddSeconds(1);
            _type.Derive(values);
            var record = new NsRecord(values);
            _records[_records.IndexOf(current)] = record;
            _byId[id] = record;
            return record;
        }
    }

    public bool Delete(long id)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out var record))
            {
                return false;
            }

            _records.Remove(record);
            return true;
        }
    }
}
