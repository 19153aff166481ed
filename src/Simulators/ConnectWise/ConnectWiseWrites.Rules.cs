using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>Per-entity defaults, reference expansion and derived fields.</summary>
internal sealed partial class ConnectWiseWrites
{
    private static readonly (int Id, string Name)[] CommunicationTypes = [(1, "Email"), (2, "Direct"), (3, "Fax"), (4, "Mobile")];
    private static readonly (int Id, string Name)[] Countries = [(1, "United States")];

    private int _lastCommunicationItemId = 1_000_000;

    private void Defaults(ConnectWiseResource resource, JsonObject entity, JsonObject? current, int? parentId, DateTimeOffset now)
    {
        switch (resource.Name)
        {
            case "company":
                entity["status"] ??= new JsonObject { ["id"] = 1 };
                entity["country"] ??= new JsonObject { ["id"] = 1 };
                entity["types"] ??= new JsonArray();
                foreach (var flag in (string[])["leadFlag", "unsubscribeFlag", "deletedFlag"])
                {
                    entity[flag] ??= false;
                }

                break;
            case "contact":
                entity["inactiveFlag"] ??= false;
                entity["defaultBillingFlag"] ??= false;
                entity["defaultFlag"] ??= false;
                entity["communicationItems"] ??= new JsonArray();
                entity["types"] ??= new JsonArray();
                break;
            case "opportunity":
                entity["status"] ??= new JsonObject { ["id"] = 1 };
                entity["stage"] ??= new JsonObject { ["id"] = 1 };
                entity["probability"] ??= new JsonObject { ["id"] = 10 };
                break;
            case "ticket":
                entity["recordType"] ??= "ServiceTicket";
                entity["board"] ??= new JsonObject { ["id"] = 1 };
                entity["priority"] ??= new JsonObject { ["id"] = ConnectWiseSetup.DefaultPriorityId };
                entity["severity"] ??= "Medium";
                entity["impact"] ??= "Medium";
                break;
            case "serviceNote":
                entity["ticketId"] = parentId;
                // REVIEW: [M] ConnectWise wants one of the three flags set; a note without one is taken as a description.
                string[] flags = ["detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag"];
                if (!flags.Any(f => entity[f] is JsonValue v && v.GetValueKind() == JsonValueKind.True))
                {
                    entity["detailDescriptionFlag"] = true;
                }

                entity["dateCreated"] = (string?)current?["dateCreated"] ?? ConnectWiseLinks.Time(now);
                entity["createdBy"] = (string?)current?["createdBy"] ?? account.IntegratorUser;
                break;
        }
    }

    private void Expand(ConnectWiseResource resource, JsonObject entity, List<ConnectWiseFieldError> errors)
    {
        void Ref(string field, Func<int?, string?, JsonObject?> find)
        {
            if (entity[field] is null)
            {
                return;
            }

            var reference = entity[field] as JsonObject;
            var found = reference is null ? null : find(IdOf(reference["id"]), Text(reference["identifier"]) ?? Text(reference["name"]));
            if (found is null)
            {
                // REVIEW: [M] code and wording for a reference to a record that does not exist.
                errors.Add(new ConnectWiseFieldError("InvalidField", $"{field} does not refer to an existing record", resource.Name, field));
                return;
            }

            entity[field] = found;
        }

        JsonObject? FromList((int Id, string Name)[] list, int? id, string? name) =>
            list.Where(i => i.Id == id || (id is null && i.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                .Select(ConnectWiseSetup.Reference).FirstOrDefault();

        JsonObject? Member(int? id, string? name) =>
            ConnectWiseSetup.Members.FirstOrDefault(m => m.Id == id || (id is null && m.Identifier.Equals(name, StringComparison.OrdinalIgnoreCase))) is { } m
                ? links.MemberRef(m)
                : null;

        switch (resource.Name)
        {
            case "company":
                Ref("status", (id, name) => FromList(ConnectWiseSetup.CompanyStatuses, id, name) is { } s ? links.Ref((int)s["id"]!, (string)s["name"]!, "status", "company/companies/statuses") : null);
                Ref("country", (id, name) => FromList(Countries, id, name) is { } c ? links.Ref((int)c["id"]!, (string)c["name"]!, "country", "company/countries") : null);
                if (entity["types"] is JsonArray types)
                {
                    var expanded = types.Select(t => t is JsonObject o ? FromList(ConnectWiseSetup.CompanyTypes, IdOf(o["id"]), Text(o["name"])) : null).ToList();
                    if (expanded.Any(t => t is null))
                    {
                        errors.Add(new ConnectWiseFieldError("InvalidField", "types does not refer to existing company types", resource.Name, "types"));
                    }
                    else
                    {
                        entity["types"] = new JsonArray([.. expanded.Select(t => links.Ref((int)t!["id"]!, (string)t["name"]!, "type", "company/companies/types"))]);
                    }
                }

                break;
            case "contact":
                Ref("company", Company);
                Ref("country", (id, name) => FromList(Countries, id, name) is { } c ? links.Ref((int)c["id"]!, (string)c["name"]!, "country", "company/countries") : null);
                CommunicationItems(entity);
                break;
            case "opportunity":
                Ref("company", Company);
                Ref("contact", Contact);
                Ref("primarySalesRep", Member);
                Ref("closedBy", Member);
                Ref("status", (id, name) => ConnectWiseSetup.OpportunityStatuses.Where(s => s.Id == id || (id is null && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    .Select(s => ConnectWiseSetup.Reference((s.Id, s.Name))).FirstOrDefault());
                Ref("stage", (id, name) => FromList(ConnectWiseSetup.OpportunityStages, id, name));
                Ref("type", (id, name) => FromList(ConnectWiseSetup.OpportunityTypes, id, name));
                Ref("rating", (id, name) => FromList(ConnectWiseSetup.Ratings, id, name));
                Ref("priority", (id, name) => FromList(ConnectWiseSetup.OpportunityPriorities, id, name));
                Ref("probability", (id, _) => id is >= 0 and <= 100 ? ConnectWiseSetup.Probability(id.Value) : null);
                break;
            case "ticket":
                Ref("company", Company);
                Ref("contact", Contact);
                Ref("owner", Member);
                Ref("board", (id, name) => ConnectWiseSetup.Boards.Where(b => b.Id == id || (id is null && b.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    .Select(b => links.BoardRef(b.Id)).FirstOrDefault());
                var board = ConnectWiseSetup.Boards.FirstOrDefault(b => b.Id == IdOf(entity["board"]?["id"]));
                if (board.Statuses is not null)
                {
                    // A new ticket starts in its board's default status; a status must belong to the board.
                    entity["status"] ??= new JsonObject { ["id"] = board.Statuses[0].Id };
                    Ref("status", (id, name) => board.Statuses.Where(s => s.Id == id || (id is null && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                        .Select(s => links.TicketStatusRef(board.Id, s.Id)).FirstOrDefault());
                }

                Ref("priority", (id, name) => ConnectWiseSetup.Priorities.Where(p => p.Id == id || (id is null && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    .Select(p => links.PriorityRef(p.Id)).FirstOrDefault());
                Ref("type", (id, name) => FromList(ConnectWiseSetup.TicketTypes, id, name));
                Ref("team", (id, name) => FromList(ConnectWiseSetup.Teams, id, name));
                Ref("source", (id, name) => FromList(ConnectWiseSetup.Sources, id, name));
                break;
            case "serviceNote":
                Ref("member", Member);
                Ref("contact", Contact);
                break;
        }
    }

    private void Derive(ConnectWiseResource resource, JsonObject entity, DateTimeOffset now)
    {
        switch (resource.Name)
        {
            case "ticket":
                var boardId = IdOf(entity["board"]?["id"]);
                var statusId = IdOf(entity["status"]?["id"]);
                var closed = ConnectWiseSetup.Boards.Where(b => b.Id == boardId).SelectMany(b => b.Statuses).Any(s => s.Id == statusId && s.Closed);
                entity["closedFlag"] = closed;
                entity["closedDate"] = closed ? Text(entity["closedDate"]) ?? ConnectWiseLinks.Time(now) : null;
                entity["closedBy"] = closed ? Text(entity["closedBy"]) ?? account.IntegratorUser : null;
                entity["dateResolved"] = closed ? Text(entity["dateResolved"]) ?? ConnectWiseLinks.Time(now) : null;
                if (entity["contact"] is JsonObject contactRef && data.Contacts.Find(IdOf(contactRef["id"]) ?? 0) is { } contact)
                {
                    entity["contactName"] ??= (string?)contactRef["name"];
                    entity["contactPhoneNumber"] ??= (string?)contact["defaultPhoneNbr"];
                    entity["contactEmailAddress"] ??= (contact["communicationItems"] as JsonArray)?
                        .FirstOrDefault(i => (string?)i?["communicationType"] == "Email")?["value"]?.DeepClone();
                }

                break;
            case "opportunity":
                var done = ConnectWiseSetup.OpportunityStatuses.Any(s => s.Id == IdOf(entity["status"]?["id"]) && s.Closed);
                entity["closedFlag"] = done;
                entity["closedDate"] = done ? Text(entity["closedDate"]) ?? ConnectWiseLinks.Time(now) : null;
                if (!done)
                {
                    entity["closedBy"] = null;
                }

                break;
            case "contact":
                if (entity["defaultPhoneNbr"] is null && (entity["communicationItems"] as JsonArray)?
                        .FirstOrDefault(i => (string?)i?["communicationType"] == "Phone") is JsonObject phone)
                {
                    entity["defaultPhoneNbr"] = (string?)phone["value"];
                    entity["defaultPhoneType"] = (string?)phone["type"]?["name"];
                }

                break;
            case "serviceNote":
                var internalNote = entity["internalAnalysisFlag"] is JsonValue v && v.GetValueKind() == JsonValueKind.True;
                entity["internalFlag"] = internalNote;
                entity["externalFlag"] = !internalNote;
                break;
        }
    }

    /// <summary>New communication items get ids, their type's name and a communicationType.</summary>
    private void CommunicationItems(JsonObject contact)
    {
        if (contact["communicationItems"] is not JsonArray items)
        {
            return;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            item["id"] ??= Interlocked.Increment(ref _lastCommunicationItemId);
            var type = CommunicationTypes.FirstOrDefault(t => t.Id == IdOf(item["type"]?["id"]) || t.Name.Equals(Text(item["type"]?["name"]), StringComparison.OrdinalIgnoreCase));
            if (type.Name is not null)
            {
                item["type"] = ConnectWiseSetup.Reference(type);
                item["communicationType"] ??= type.Name is "Email" or "Fax" ? type.Name : "Phone";
            }

            item["defaultFlag"] ??= false;
        }
    }

    private JsonObject? Company(int? id, string? identifier)
    {
        var company = id is { } i ? data.Companies.Find(i)
            : data.Companies.Snapshot().FirstOrDefault(c => string.Equals((string?)c["identifier"], identifier, StringComparison.OrdinalIgnoreCase));
        return company is null ? null : links.CompanyRef(company);
    }

    private JsonObject? Contact(int? id, string? name) =>
        id is { } i && data.Contacts.Find(i) is { } contact ? links.ContactRef(contact) : null;

    /// <summary>An id given as a number or as numeric text.</summary>
    public static int? IdOf(JsonNode? node) =>
        node is JsonValue v && int.TryParse(JsonPaths.Text(v), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
