using System.Globalization;
using System.Text.Json.Nodes;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>Service tickets and their notes, and sales opportunities.</summary>
internal sealed partial class ConnectWiseSeed
{
    private static readonly string[] Summaries =
    [
        "Printer offline", "Cannot connect to VPN", "Outlook keeps asking for password", "New user setup",
        "Laptop running slow", "Replace failed hard drive", "Wi-Fi drops in conference room", "Server disk space low",
        "Backup job failed", "Phishing email reported", "Install accounting software update", "Shared drive not mapping",
        "Monitor flickering", "Reset MFA for user", "Firewall firmware update", "Phone system no dial tone",
        "Terminate departing employee", "Scanner to email not working", "Website SSL certificate expiring", "Ransomware alert on workstation",
        "Teams audio issues", "Request for second monitor", "Switch port down", "Antivirus definitions out of date",
    ];

    private static readonly string[] NoteTexts =
    [
        "Called the user and reproduced the issue.", "Remoted in and restarted the service; monitoring.",
        "Waiting on the customer to confirm a time for onsite work.", "Escalated to Tier 2 for review.",
        "Applied the latest patches and rebooted.", "Replaced the part; tested OK.", "User confirmed the issue is resolved.",
        "Ordered replacement hardware; ETA three business days.", "Updated the documentation for this site.",
    ];

    private static readonly string[] Deals =
    [
        "Managed Services Agreement", "Firewall Upgrade", "Microsoft 365 Migration", "Server Replacement", "VoIP Phone System",
        "Backup and Disaster Recovery", "Network Refresh", "Security Assessment", "Workstation Refresh", "Cloud Hosting",
    ];

    private static readonly string[] Levels = ["Low", "Medium", "High"];

    private IReadOnlyList<JsonObject> Tickets()
    {
        var random = Stream(4);
        var records = new List<JsonObject>(_count);
        for (var id = 1; id <= _count; id++)
        {
            var company = random.Pick(_companies.Value);
            var contact = Among(random, _contactsByCompany.Value[(int)company["id"]!].ToList());
            var board = ConnectWiseSetup.Boards[random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 }];
            var (entered, updated) = Times(random);
            // Older tickets are mostly closed; recent ones mostly open.
            var closedShare = (_end - entered).TotalDays > 45 ? 85 : 30;
            var closed = random.Next(100) < closedShare;
            var candidates = board.Statuses.Where(s => s.Closed == closed).ToArray();
            var status = random.Pick(candidates);
            var priority = ConnectWiseSetup.Priorities[random.Next(20) switch { 0 => 0, < 4 => 1, < 16 => 2, < 19 => 3, _ => 4 }];
            var owner = random.Next(5) == 0 ? null : random.Pick(ConnectWiseSetup.Members);
            var ticket = new JsonObject
            {
                ["id"] = id,
                ["summary"] = random.Pick(Summaries),
                ["recordType"] = "ServiceTicket",
                ["board"] = _links.BoardRef(board.Id),
                ["status"] = _links.TicketStatusRef(board.Id, status.Id),
                ["company"] = _links.CompanyRef(company),
                ["contact"] = contact is null ? null : _links.ContactRef(contact),
                ["contactName"] = contact is null ? null : $"{(string?)contact["firstName"]} {(string?)contact["lastName"]}",
                ["contactPhoneNumber"] = (string?)contact?["defaultPhoneNbr"],
                ["contactEmailAddress"] = (string?)contact?["communicationItems"]?[0]?["value"],
                ["type"] = ConnectWiseSetup.Reference(random.Pick(ConnectWiseSetup.TicketTypes)),
                ["team"] = ConnectWiseSetup.Reference(random.Pick(ConnectWiseSetup.Teams)),
                ["owner"] = owner is null ? null : _links.MemberRef(owner),
                ["priority"] = _links.PriorityRef(priority.Id),
                ["source"] = ConnectWiseSetup.Reference(random.Pick(ConnectWiseSetup.Sources)),
                ["severity"] = random.Pick(Levels),
                ["impact"] = random.Pick(Levels),
                ["requiredDate"] = ConnectWiseLinks.Day(entered.AddDays(random.Next(1, 15))),
                ["closedFlag"] = status.Closed,
                ["closedDate"] = status.Closed ? ConnectWiseLinks.Time(updated) : null,
                ["closedBy"] = status.Closed ? (owner ?? ConnectWiseSetup.Members[0]).Identifier : null,
                ["dateResolved"] = status.Closed ? ConnectWiseLinks.Time(updated) : null,
                ["_info"] = _links.Info(entered, random.Pick(ConnectWiseSetup.Members).Identifier, updated,
                    (owner ?? random.Pick(ConnectWiseSetup.Members)).Identifier, $"service/tickets/{id}", "notes", "tasks", "timeentries"),
            };
            records.Add(ticket);
        }

        return records;
    }

    /// <summary>
    /// A seeded ticket's notes, drawn from the ticket's own stream when first asked for; the first is the
    /// ticket's description. Note ids are the ticket id times ten plus the note's place.
    /// </summary>
    public IEnumerable<JsonObject> NotesOf(int ticketId)
    {
        if (ticketId < 1 || ticketId > _tickets.Value.Count)
        {
            yield break;
        }

        var ticket = _tickets.Value[ticketId - 1];
        var random = new Random((_seed * 31) + 1000 + ticketId);
        var entered = DateTimeOffset.Parse((string)ticket["_info"]!["dateEntered"]!, CultureInfo.InvariantCulture);
        var updated = DateTimeOffset.Parse((string)ticket["_info"]!["lastUpdated"]!, CultureInfo.InvariantCulture);
        var count = random.Next(1, 5);
        for (var n = 0; n < count; n++)
        {
            var member = random.Pick(ConnectWiseSetup.Members);
            var created = n == 0 ? entered : entered.AddSeconds(random.NextInt64((long)(updated - entered).TotalSeconds + 1));
            var description = n == 0;
            yield return Note((ticketId * 10) + n, ticketId,
                description ? $"{(string?)ticket["summary"]}. Reported by {(string?)ticket["contactName"] ?? "the customer"}." : random.Pick(NoteTexts),
                description, internalAnalysis: !description && random.Next(3) == 0, member, created, member.Identifier);
        }
    }

    public JsonObject Note(int id, int ticketId, string text, bool detail, bool internalAnalysis, Member? member, DateTimeOffset created, string createdBy) => new()
    {
        ["id"] = id,
        ["ticketId"] = ticketId,
        ["text"] = text,
        ["detailDescriptionFlag"] = detail,
        ["internalAnalysisFlag"] = internalAnalysis,
        ["resolutionFlag"] = false,
        ["issueFlag"] = false,
        ["member"] = member is null ? null : _links.MemberRef(member),
        ["dateCreated"] = ConnectWiseLinks.Time(created),
        ["createdBy"] = createdBy,
        ["internalFlag"] = internalAnalysis,
        ["externalFlag"] = !internalAnalysis,
        ["_info"] = new JsonObject { ["lastUpdated"] = ConnectWiseLinks.Time(created), ["updatedBy"] = createdBy },
    };

    private IReadOnlyList<JsonObject> Opportunities()
    {
        var random = Stream(3);
        var records = new List<JsonObject>(_count);
        for (var id = 1; id <= _count; id++)
        {
            var company = random.Pick(_companies.Value);
            // An opportunity needs a contact; a company without contacts borrows any contact, as data entry sometimes does.
            var contact = Among(random, _contactsByCompany.Value[(int)company["id"]!].ToList()) ?? random.Pick(_contacts.Value);
            var (entered, updated) = Times(random);
            var status = ConnectWiseSetup.OpportunityStatuses[random.Next(10) switch { < 6 => 0, < 8 => 1, < 9 => 2, _ => 3 }];
            var stage = status.Name == "Won" ? ConnectWiseSetup.OpportunityStages[^1] : random.Pick(ConnectWiseSetup.OpportunityStages);
            var rep = random.Pick(ConnectWiseSetup.Members);
            var probability = status.Name switch { "Won" => 100, "Lost" or "No Decision" => 0, _ => stage.Id * 20 - 10 };
            records.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = $"{(string?)company["name"]} - {random.Pick(Deals)}",
                ["expectedCloseDate"] = ConnectWiseLinks.Day(entered.AddDays(random.Next(14, 180))),
                ["type"] = ConnectWiseSetup.Reference(random.Pick(ConnectWiseSetup.OpportunityTypes)),
                ["stage"] = ConnectWiseSetup.Reference(stage),
                ["status"] = ConnectWiseSetup.Reference((status.Id, status.Name)),
                ["priority"] = ConnectWiseSetup.Reference(random.Pick(ConnectWiseSetup.OpportunityPriorities)),
                ["notes"] = random.Next(3) == 0 ? "Budget approved for next quarter." : "",
                ["source"] = random.Pick((string[])["Referral", "Website", "Trade Show", "Existing Client", "Cold Call"]),
                ["rating"] = ConnectWiseSetup.Reference(random.Pick(ConnectWiseSetup.Ratings)),
                ["primarySalesRep"] = _links.MemberRef(rep),
                ["company"] = _links.CompanyRef(company),
                ["contact"] = _links.ContactRef(contact),
                ["probability"] = ConnectWiseSetup.Probability(probability),
                ["closedDate"] = status.Closed ? ConnectWiseLinks.Time(updated) : null,
                ["closedBy"] = status.Closed ? _links.MemberRef(rep) : null,
                ["closedFlag"] = status.Closed,
                ["_info"] = _links.Info(entered, rep.Identifier, updated, rep.Identifier, $"sales/opportunities/{id}", "notes", "contacts", "forecast"),
            });
        }

        return records;
    }

    private static JsonObject? Among(Random random, List<JsonObject> items) => items.Count == 0 ? null : items[random.Next(items.Count)];
}
