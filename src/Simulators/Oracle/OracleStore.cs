namespace OpenElements.Simulators.Oracle;

/// <summary>
/// The pod's rows, one table per resource. A table is seeded on first use: tests start simulators
/// often and most touch one resource, if any.
/// </summary>
internal sealed class OracleStore
{
    private readonly Dictionary<string, Lazy<OracleTable>> _tables;

    public OracleStore()
    {
        _tables = OracleResources.All.ToDictionary(r => r.Name, r => new Lazy<OracleTable>(() => OracleTable.Seeded(r)), StringComparer.Ordinal);
    }

    public OracleTable Table(OracleResource resource) => _tables[resource.Name].Value;
}

/// <summary>
/// One resource's rows in id order, which is the order Fusion lists a collection in without orderBy.
/// Rows are immutable; writes swap them under the lock, so a snapshot stays valid while it is read.
/// </summary>
internal sealed class OracleTable
{
    private readonly Lock _gate = new();
    private readonly OracleResource _resource;
    private readonly List<OracleRow> _rows;
    private readonly Dictionary<string, OracleRow> _byKey = new(StringComparer.Ordinal);
    private long _nextId;
    private long _nextNumber;

    private OracleTable(OracleResource resource, List<OracleRow> rows)
    {
        _resource = resource;
        _rows = rows;
        foreach (var row in rows)
        {
            _byKey[KeyOf(row)] = row;
        }

        _nextId = resource.FirstId + rows.Count;
        _nextNumber = resource.FirstNumber + rows.Count;
    }

    public static OracleTable Seeded(OracleResource resource)
    {
        // One generator per resource, seeded by its name's length and first id: fixed, and independent
        // of which table happens to be built first.
        var random = new Random(unchecked((int)(resource.FirstId % 1_000_003) + resource.Name.Length));
        var rows = new List<OracleRow>(resource.SeedCount + 64);
        for (var i = 0; i < resource.SeedCount; i++)
        {
            rows.Add(new OracleRow(resource.Seed(i, random)));
        }

        return new OracleTable(resource, rows);
    }

    public IReadOnlyList<OracleRow> Snapshot()
    {
        lock (_gate)
        {
            return [.. _rows];
        }
    }

    public OracleRow? Find(string key)
    {
        lock (_gate)
        {
            return _byKey.GetValueOrDefault(key);
        }
    }

    /// <summary>Adds a row, giving it an id and (unless supplied) a number; null when its key is taken.</summary>
    public OracleRow? Insert(Dictionary<string, object?> values, DateTimeOffset now, string user)
    {
        lock (_gate)
        {
            values[_resource.IdField] = _nextId;
            if (values.GetValueOrDefault(_resource.NumberField) is null)
            {
                values[_resource.NumberField] = OracleSeed.Number(_nextNumber);
            }

            values["CreationDate"] = values["LastUpdateDate"] = now;
            values["CreatedBy"] = values["LastUpdatedBy"] = user;
            _resource.Derive(values);
            var row = new OracleRow(values);
            if (!_byKey.TryAdd(KeyOf(row), row))
            {
                return null;
            }

            _nextId++;
            _nextNumber++;
            _rows.Add(row);
            return row;
        }
    }

    /// <summary>Merges <paramref name="changes"/> into a row and stamps it; null when the key is unknown.</summary>
    public OracleRow? Update(string key, IReadOnlyDictionary<string, object?> changes, DateTimeOffset now, string user)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var current))
            {
                return null;
            }

            var values = current.ToDictionary();
            foreach (var (field, value) in changes)
            {
                values[field] = value;
            }

            // Never earlier than before: a client polling on LastUpdateDate must see the change.
            var previous = (DateTimeOffset)current["LastUpdateDate"]!;
            values["LastUpdateDate"] = now > previous ? now : previous.AddSeconds(1);
            values["LastUpdatedBy"] = user;
            _resource.Derive(values);
            var row = new OracleRow(values);
            _rows[_rows.IndexOf(current)] = row;
            _byKey[key] = row;
            return row;
        }
    }

    public bool Delete(string key)
    {
        lock (_gate)
        {
            if (!_byKey.Remove(key, out var row))
            {
                return false;
            }

            _rows.Remove(row);
            return true;
        }
    }

    /// <summary>The path key as text (LeadId is an int64, the others are text).</summary>
    public string KeyOf(OracleRow row) => Convert.ToString(row[_resource.Key], System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
