using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// The shapes that repeat across ConnectWise entities: reference objects <c>{id, name|identifier, _info:{…_href}}</c>,
/// the <c>_info</c> block, and UTC timestamps with a trailing Z (vendors.md 4.3).
/// </summary>
internal sealed record ConnectWiseLinks(string Host)
{
    public static string Time(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A date field (required, expected close): midnight UTC of the instant's day.</summary>
    public static string Day(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);

    /// <summary>An API URL on the vendor's host; links use the stable codebase alias, which every release answers.</summary>
    public string Href(string path) => $"https://{Host}/{ConnectWiseAccount.StableCodebase}apis/3.0/{path}";

    /// <summary><c>{id, name, _info:{key_href}}</c>.</summary>
    public JsonObject Ref(int id, string name, string hrefKey, string path) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["_info"] = new JsonObject { [$"{hrefKey}_href"] = Href($"{path}/{id}") },
    };

    public JsonObject CompanyRef(JsonObject company) => new()
    {
        ["id"] = (int)company["id"]!,
        ["identifier"] = (string?)company["identifier"],
        ["name"] = (string?)company["name"],
        ["_info"] = new JsonObject { ["company_href"] = Href($"company/companies/{(int)company["id"]!}") },
    };

    public JsonObject ContactRef(JsonObject contact) =>
        Ref((int)contact["id"]!, $"{(string?)contact["firstName"]} {(string?)contact["lastName"]}".Trim(), "contact", "company/contacts");

    public JsonObject MemberRef(Member member) => new()
    {
        ["id"] = member.Id,
        ["identifier"] = member.Identifier,
        ["name"] = member.Name,
        ["_info"] = new JsonObject { ["member_href"] = Href($"system/members/{member.Id}") },
    };

    /// <summary>A ticket's priority reference, which also carries the priority's sort order.</summary>
    public JsonObject PriorityRef(int id)
    {
        var priority = ConnectWiseSetup.Priorities.Single(p => p.Id == id);
        var reference = Ref(priority.Id, priority.Name, "priority", "service/priorities");
        reference["sort"] = priority.Sort;
        return reference;
    }

    /// <summary>A status on a service board; its link goes through the board.</summary>
    public JsonObject TicketStatusRef(int boardId, int statusId)
    {
        var status = ConnectWiseSetup.Boards.Single(b => b.Id == boardId).Statuses.Single(s => s.Id == statusId);
        return Ref(status.Id, status.Name, "status", $"service/boards/{boardId}/statuses");
    }

    public JsonObject BoardRef(int boardId) =>
        Ref(boardId, ConnectWiseSetup.Boards.Single(b => b.Id == boardId).Name, "board", "service/boards");

    /// <summary>The <c>_info</c> block: who entered and last updated the record and when, plus its sub-resource links.</summary>
    public JsonObject Info(DateTimeOffset entered, string enteredBy, DateTimeOffset updated, string updatedBy, string self, params string[] children)
    {
        var info = new JsonObject
        {
            ["lastUpdated"] = Time(updated),
            ["updatedBy"] = updatedBy,
            ["dateEntered"] = Time(entered),
            ["enteredBy"] = enteredBy,
        };
        foreach (var child in children)
        {
            info[$"{child}_href"] = Href($"{self}/{child}");
        }

        return info;
    }
}

/// <summary>A ConnectWise member (staff user): owners, sales reps, note authors.</summary>
internal sealed record Member(int Id, string Identifier, string Name);
