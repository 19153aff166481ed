using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// The tenant's setup tables: members, service boards with their statuses, priorities, and the small
/// reference lists entities point into. Ids as a stock install might number them [M].
/// </summary>
internal static class ConnectWiseSetup
{
    public static readonly Member[] Members =
    [
        new(1, "jsmith", "John Smith"), new(2, "agarcia", "Ana Garcia"), new(3, "mchen", "Michael Chen"),
        new(4, "kpatel", "Kavya Patel"), new(5, "dwilson", "David Wilson"), new(6, "lnovak", "Lucie Novak"),
        new(7, "tbrooks", "Tyler Brooks"), new(8, "snguyen", "Sarah Nguyen"), new(9, "rmorales", "Rafael Morales"),
        new(10, "ejohnson", "Emily Johnson"), new(11, "bkim", "Brian Kim"), new(12, "hfischer", "Hanna Fischer"),
    ];

    /// <summary>Board id and name, and its statuses (id, name, closed); the first status is the board's default.</summary>
    public static readonly (int Id, string Name, (int Id, string Name, bool Closed)[] Statuses)[] Boards =
    [
        (1, "Help Desk", [(1, "New", false), (2, "In Progress", false), (3, "Waiting on Customer", false), (4, "Scheduled", false), (5, "Resolved", true), (6, "Closed", true)]),
        (2, "Managed Services", [(7, "New", false), (8, "Assigned", false), (9, "Escalated", false), (10, "Completed", true), (11, "Closed", true)]),
        (3, "Onsite Services", [(12, "New", false), (13, "Dispatched", false), (14, "On Hold", false), (15, ">Closed", true)]),
    ];

    // REVIEW: [M] stock priority names as seen in client fixtures; colours and sort orders invented.
    public static readonly (int Id, string Name, string Color, int Sort)[] Priorities =
    [
        (1, "Priority 1 - Emergency Response", "#FF0000", 1), (2, "Priority 2 - Quick Response", "#FF9900", 2),
        (3, "Priority 3 - Normal Response", "#008000", 3), (4, "Priority 4 - Schedule Maintenance", "#0000FF", 4),
        (5, "Do Not Respond", "#808080", 5),
    ];

    public const int DefaultPriorityId = 3;

    public static readonly (int Id, string Name)[] CompanyStatuses = [(1, "Active"), (2, "Inactive"), (3, "Not Approved")];

    public static readonly (int Id, string Name)[] CompanyTypes = [(1, "Client"), (2, "Partner"), (3, "Vendor"), (5, "Prospect")];

    public static readonly (int Id, string Name)[] TicketTypes = [(1, "Incident"), (2, "Request"), (3, "Problem"), (4, "Change")];

    public static readonly (int Id, string Name)[] Teams = [(1, "Tier 1"), (2, "Tier 2"), (3, "Network"), (4, "Field Techs")];

    public static readonly (int Id, string Name)[] Sources = [(1, "Phone"), (2, "Email"), (3, "Portal"), (4, "Walk-in")];

    public static readonly (int Id, string Name)[] OpportunityStages = [(1, "1.Prospect"), (2, "2.Qualification"), (3, "3.Proposal"), (4, "4.Negotiation"), (5, "5.Closing")];

    /// <summary>Opportunity statuses; Won and Lost close the opportunity.</summary>
    public static readonly (int Id, string Name, bool Closed)[] OpportunityStatuses = [(1, "Open", false), (2, "Won", true), (3, "Lost", true), (4, "No Decision", true)];

    public static readonly (int Id, string Name)[] OpportunityTypes = [(1, "New Business"), (2, "Existing Client"), (3, "Renewal")];

    public static readonly (int Id, string Name)[] Ratings = [(1, "Hot"), (2, "Warm"), (3, "Cold")];

    public static readonly (int Id, string Name)[] OpportunityPriorities = [(1, "Low"), (2, "Medium"), (3, "High")];

    /// <summary>
    /// An opportunity's probability reference. REVIEW: [M] the generated model has a probability
    /// reference; that its id is the percentage and its name the percentage as text is a guess.
    /// </summary>
    public static JsonObject Probability(int percent) => new() { ["id"] = percent, ["name"] = percent.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>The JSON of the setup lists, as the read-only resources serve them.</summary>
    public static IEnumerable<JsonObject> BoardRecords(ConnectWiseLinks links, DateTimeOffset entered) =>
        Boards.Select(b => new JsonObject
        {
            ["id"] = b.Id,
            ["name"] = b.Name,
            ["inactiveFlag"] = false,
            ["signOffOnCloseFlag"] = false,
            ["projectFlag"] = false,
            ["_info"] = links.Info(entered, "admin", entered, "admin", $"service/boards/{b.Id}", "statuses"),
        });

    public static IEnumerable<JsonObject> StatusRecords(ConnectWiseLinks links, int boardId, DateTimeOffset entered)
    {
        var board = Boards.Single(b => b.Id == boardId);
        return board.Statuses.Select((s, i) => new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["board"] = links.Ref(board.Id, board.Name, "board", "service/boards"),
            ["sortOrder"] = i,
            ["displayOnBoard"] = !s.Closed,
            ["inactive"] = false,
            ["closedStatus"] = s.Closed,
            ["timeEntryNotAllowed"] = s.Closed,
            ["defaultFlag"] = i == 0,
            ["escalationStatus"] = "NotResponded",
            ["customerPortalFlag"] = true,
            ["_info"] = links.Info(entered, "admin", entered, "admin", $"service/boards/{board.Id}/statuses/{s.Id}"),
        });
    }

    public static IEnumerable<JsonObject> PriorityRecords(ConnectWiseLinks links, DateTimeOffset entered) =>
        Priorities.Select(p => new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["color"] = p.Color,
            ["sortOrder"] = p.Sort,
            ["defaultFlag"] = p.Id == DefaultPriorityId,
            ["_info"] = links.Info(entered, "admin", entered, "admin", $"service/priorities/{p.Id}"),
        });

    public static JsonObject Reference((int Id, string Name) item) => new() { ["id"] = item.Id, ["name"] = item.Name };
}
