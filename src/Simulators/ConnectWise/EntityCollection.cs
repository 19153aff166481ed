using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// One resource's entities by integer id, listed in id order. Stored entities are never changed in
/// place: a write stores a new object, so a request still serialising the old one is not disturbed.
/// </summary>
internal sealed class EntityCollection
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, JsonObject> _entities;
    private readonly Func<int>? _idSource;
    private int _lastId;

    /// <param name="seed">The seeded entities.</param>
    /// <param name="idSource">Where new ids come from when they are shared with other collections (ticket notes).</param>
    public EntityCollection(IEnumerable<JsonObject> seed, Func<int>? idSource = null)
    {
        _entities = new(seed.ToDictionary(e => (int)e["id"]!));
        _idSource = idSource;
        _lastId = _entities.Count == 0 ? 0 : _entities.Keys.Max();
    }

    public JsonObject[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _entities.Values];
        }
    }

    public JsonObject? Find(int id)
    {
        lock (_gate)
        {
            return _entities.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Stores what <paramref name="build"/> makes for the next id, unless it refuses. Ids are never
    /// reused, as with an identity column.
    /// </summary>
    public (JsonObject? Entity, ConnectWiseError? Error) Add(Func<int, (JsonObject? Entity, ConnectWiseError? Error)> build)
    {
        lock (_gate)
        {
            var id = _idSource?.Invoke() ?? _lastId + 1;
            var (entity, error) = build(id);
            if (entity is null)
            {
                return (null, error);
            }

            _lastId = Math.Max(_lastId, id);
            _entities.Add(id, entity);
            return (entity, null);
        }
    }

    /// <summary>
    /// Replaces an entity with what <paramref name="change"/> makes of the current one, unless it
    /// refuses; both results are null when the id is unknown.
    /// </summary>
    public (JsonObject? Entity, ConnectWiseError? Error) Update(int id, Func<JsonObject, (JsonObject? Next, ConnectWiseError? Error)> change)
    {
        lock (_gate)
        {
            if (!_entities.TryGetValue(id, out var current))
            {
                return (null, null);
            }

            var (next, error) = change(current);
            if (next is null)
            {
                return (null, error);
            }

            _entities[id] = next;
            return (next, null);
        }
    }

    public bool Remove(int id)
    {
        lock (_gate)
        {
            return _entities.Remove(id);
        }
    }
}
