namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// What the API knows about one entity type (vendors.md 4.3): its name in messages, the fields a
/// condition, orderBy or write may name, and the fields a create must carry.
/// </summary>
internal sealed record ConnectWiseResource(string Noun, string Name, string[] Required, string[] Fields)
{
    /// <summary>The fields of <c>_info</c>, which conditions may also name bare (<c>lastUpdated &gt; […]</c>).</summary>
    public static readonly string[] InfoFields = ["lastUpdated", "updatedBy", "dateEntered", "enteredBy"];

    // REVIEW: [M] required fields beyond vendors.md 4.3: a contact needs a first name (the UI requires one).
    public static readonly ConnectWiseResource Company = new("Company", "company", ["identifier", "name"],
    [
        "id", "identifier", "name", "status", "addressLine1", "addressLine2", "city", "state", "zip", "country", "phoneNumber",
        "faxNumber", "website", "numberOfEmployees", "annualRevenue", "leadFlag", "unsubscribeFlag", "deletedFlag", "dateDeleted",
        "types", "defaultContact", "territory", "market", "customFields", "_info",
    ]);

    public static readonly ConnectWiseResource Contact = new("Contact", "contact", ["firstName"],
    [
        "id", "firstName", "lastName", "company", "addressLine1", "addressLine2", "city", "state", "zip", "country", "title",
        "inactiveFlag", "defaultPhoneType", "defaultPhoneNbr", "defaultPhoneExtension", "defaultBillingFlag", "defaultFlag",
        "communicationItems", "types", "customFields", "_info",
    ]);

    public static readonly ConnectWiseResource Opportunity = new("Opportunity", "opportunity", ["name", "primarySalesRep", "company", "contact"],
    [
        "id", "name", "expectedCloseDate", "type", "stage", "status", "priority", "notes", "source", "rating", "primarySalesRep",
        "company", "contact", "probability", "closedDate", "closedBy", "closedFlag", "customFields", "_info",
    ]);

    public static readonly ConnectWiseResource Ticket = new("Ticket", "ticket", ["summary", "company"],
    [
        "id", "summary", "recordType", "board", "status", "company", "contact", "contactName", "contactPhoneNumber",
        "contactEmailAddress", "type", "subType", "item", "team", "owner", "priority", "source", "severity", "impact",
        "initialDescription", "requiredDate", "closedFlag", "closedDate", "closedBy", "dateResolved", "customFields", "_info",
    ]);

    // REVIEW: [M] the resource name in a note's validation errors.
    public static readonly ConnectWiseResource Note = new("Note", "serviceNote", ["text"],
    [
        "id", "ticketId", "text", "detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag", "issueFlag", "member",
        "contact", "dateCreated", "createdBy", "internalFlag", "externalFlag", "_info",
    ]);

    public static readonly ConnectWiseResource Board = new("Board", "board", [],
        ["id", "name", "inactiveFlag", "signOffOnCloseFlag", "projectFlag", "_info"]);

    public static readonly ConnectWiseResource Status = new("Status", "status", [],
    [
        "id", "name", "board", "sortOrder", "displayOnBoard", "inactive", "closedStatus", "timeEntryNotAllowed", "defaultFlag",
        "escalationStatus", "customerPortalFlag", "_info",
    ]);

    public static readonly ConnectWiseResource Priority = new("Priority", "priority", [], ["id", "name", "color", "sortOrder", "defaultFlag", "_info"]);

    /// <summary>The field's spelling in the model, whatever the case it was asked for in; null when there is none.</summary>
    public string? Field(string name) => Fields.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A path as conditions and orderBy may name it: its first segment must be a field, or a bare
    /// <c>_info</c> field, which is read from <c>_info</c>.
    /// </summary>
    public string[] Resolve(string[] path)
    {
        if (Field(path[0]) is { } field)
        {
            return [field, .. path[1..]];
        }

        if (path.Length == 1 && InfoFields.FirstOrDefault(f => f.Equals(path[0], StringComparison.OrdinalIgnoreCase)) is { } info)
        {
            return ["_info", info];
        }

        throw ConditionsException.UnknownField(string.Join('/', path));
    }
}
