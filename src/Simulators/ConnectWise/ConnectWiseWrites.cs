using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// Turns a proposed entity (a POST or PUT body, or a patched copy) into the stored one: known fields
/// only, defaults filled, required fields checked, references expanded from their ids, derived fields
/// (closed flags, contact details) set, and <c>_info</c> stamped.
/// </summary>
internal sealed partial class ConnectWiseWrites(ConnectWiseData data, ConnectWiseLinks links, ConnectWiseAccount account, TimeProvider time)
{
    /// <summary>The entity to store under <paramref name="id"/>, or why it is refused.</summary>
    /// <param name="current">The stored entity on PUT and PATCH; its entry date and author are kept.</param>
    /// <param name="parentId">The ticket a note belongs to.</param>
    public (JsonObject? Entity, ConnectWiseError? Error) Prepare(
        ConnectWiseResource resource, JsonNode? proposed, JsonObject? current, int? parentId, int id)
    {
        if (proposed is not JsonObject body)
        {
            return (null, ConnectWiseError.BadRequest($"The request body must be a {resource.Name} object."));
        }

        var entity = new JsonObject();
        foreach (var (name, value) in body)
        {
            // Unknown properties are dropped, as ConnectWise's deserialiser drops them; id and _info are the server's.
            if (resource.Field(name) is { } field and not ("id" or "_info" or "initialDescription"))
            {
                entity[field] = value?.DeepClone();
            }
        }

        var now = time.GetUtcNow();
        var errors = new List<ConnectWiseFieldError>();
        Defaults(resource, entity, current, parentId, now);
        foreach (var field in resource.Required.Where(f => IsEmpty(entity[f])))
        {
            // REVIEW: [M] the wording, from vendors.md's example.
            errors.Add(new ConnectWiseFieldError("NullOrEmpty", $"{field} is required", resource.Name, field));
        }

        if (errors.Count == 0)
        {
            Expand(resource, entity, errors);
        }

        if (errors.Count > 0)
        {
            return (null, ConnectWiseError.InvalidObject(resource.Name, errors));
        }

        Derive(resource, entity, now);
        return (Stamp(resource, entity, id, current, parentId, now), null);
    }

    private static bool IsEmpty(JsonNode? node) =>
        node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()));

    /// <summary>Puts id first and the server's <c>_info</c> last, as ConnectWise orders its models.</summary>
    private JsonObject Stamp(ConnectWiseResource resource, JsonObject entity, int id, JsonObject? current, int? parentId, DateTimeOffset now)
    {
        var self = resource == ConnectWiseResource.Note ? $"service/tickets/{parentId}/notes/{id}" : $"{Path(resource)}/{id}";
        var stamped = new JsonObject { ["id"] = id };
        foreach (var (name, value) in entity.ToList())
        {
            entity.Remove(name);
            stamped[name] = value;
        }

        var info = current?["_info"] as JsonObject;
        var entered = info?["dateEntered"] is JsonValue e ? DateTimeOffset.Parse((string)e!, CultureInfo.InvariantCulture) : now;
        var enteredBy = (string?)info?["enteredBy"] ?? account.IntegratorUser;
        stamped["_info"] = resource == ConnectWiseResource.Note
            ? new JsonObject { ["lastUpdated"] = ConnectWiseLinks.Time(now), ["updatedBy"] = account.IntegratorUser }
            : links.Info(entered, enteredBy, now, account.IntegratorUser, self, Children(resource));
        return stamped;
    }

    private static string Path(ConnectWiseResource resource) => resource.Name switch
    {
        "company" => "company/companies",
        "contact" => "company/contacts",
        "opportunity" => "sales/opportunities",
        _ => "service/tickets",
    };

    private static string[] Children(ConnectWiseResource resource) => resource.Name switch
    {
        "company" => ["contacts", "notes", "sites", "teams"],
        "contact" => ["communications", "notes"],
        "opportunity" => ["notes", "contacts", "forecast"],
        _ => ["notes", "tasks", "timeentries"],
    };
}
