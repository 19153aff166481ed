using System.Collections.Concurrent;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>Every collection of the tenant, each seeded on first use.</summary>
internal sealed class ConnectWiseData
{
    // Seeded notes are numbered ticket id × 10 + n; new notes come after every seeded one.
    private const int FirstNewNoteId = 100_000_000;

    private readonly ConnectWiseSeed _seed;
    private readonly Lazy<EntityCollection> _companies;
    private readonly Lazy<EntityCollection> _contacts;
    private readonly Lazy<EntityCollection> _opportunities;
    private readonly Lazy<EntityCollection> _tickets;
    private readonly Lazy<EntityCollection> _boards;
    private readonly Lazy<EntityCollection> _priorities;
    private readonly Lazy<Dictionary<int, EntityCollection>> _statuses;
    private readonly ConcurrentDictionary<int, Lazy<EntityCollection>> _notes = new();
    private int _lastNoteId = FirstNewNoteId;

    public ConnectWiseData(ConnectWiseSeed seed, ConnectWiseLinks links)
    {
        _seed = seed;
        _companies = new(() => new EntityCollection(seed.SeededCompanies));
        _contacts = new(() => new EntityCollection(seed.SeededContacts));
        _opportunities = new(() => new EntityCollection(seed.SeededOpportunities));
        _tickets = new(() => new EntityCollection(seed.SeededTickets));
        _boards = new(() => new EntityCollection(ConnectWiseSetup.BoardRecords(links, seed.SetupEntered)));
        _priorities = new(() => new EntityCollection(ConnectWiseSetup.PriorityRecords(links, seed.SetupEntered)));
        _statuses = new(() => ConnectWiseSetup.Boards.ToDictionary(
            b => b.Id, b => new EntityCollection(ConnectWiseSetup.StatusRecords(links, b.Id, seed.SetupEntered))));
    }

    public EntityCollection Companies => _companies.Value;

    public EntityCollection Contacts => _contacts.Value;

    public EntityCollection Opportunities => _opportunities.Value;

    public EntityCollection Tickets => _tickets.Value;

    public EntityCollection Boards => _boards.Value;

    public EntityCollection Priorities => _priorities.Value;

    /// <summary>A board's statuses; null for a board that does not exist.</summary>
    public EntityCollection? StatusesOf(int boardId) => _statuses.Value.GetValueOrDefault(boardId);

    /// <summary>A ticket's notes, seeded when first asked for; null while the ticket does not exist.</summary>
    public EntityCollection? NotesOf(int ticketId) =>
        Tickets.Find(ticketId) is null
            ? null
            : _notes.GetOrAdd(ticketId, id => new Lazy<EntityCollection>(() => new EntityCollection(_seed.NotesOf(id), NextNoteId))).Value;

    private int NextNoteId() => Interlocked.Increment(ref _lastNoteId);
}
