using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// ModuleApi's create and update: a client's values for the module's own fields are copied in, the
/// fields Sugar maintains are set by the server, and the module's required field must end up non-empty.
/// </summary>
internal static class SugarRecordWriter
{
    // Fields the server keeps; a client's values for them are ignored, as Sugar ignores them.
    private static readonly HashSet<string> Managed =
    [
        "id", "date_entered", "date_modified", "modified_user_id", "modified_by_name", "created_by", "created_by_name",
        "deleted", "assigned_user_name", "_acl", "_module",
    ];

    /// <summary>A new record with every field of the module, the way a fresh bean comes back from Sugar.</summary>
    public static JsonObject New(SugarModule module, string userId, DateTimeOffset now)
    {
        var record = new JsonObject();
        foreach (var field in module.FieldNames)
        {
            module.TryGetField(field, out var type);
            record[field] = type switch
            {
                SugarFieldType.Text => "",
                SugarFieldType.Bool => false,
                SugarFieldType.Email => new JsonArray(),
                _ => null,
            };
        }

        record["id"] = Guid.NewGuid().ToString("D");
        record["date_entered"] = SugarDate.Format(now);
        record["created_by"] = userId;
        record["created_by_name"] = SugarUsers.NameOf(userId);
        record["assigned_user_id"] = userId;
        record["_acl"] = new JsonObject { ["fields"] = new JsonObject() };
        record["_module"] = module.Name;
        return record;
    }

    /// <summary>Copies <paramref name="body"/> into <paramref name="record"/>; an error leaves the caller to discard the record.</summary>
    public static SugarError? Apply(
        JsonObject record, SugarModule module, JsonObject body, string userId, DateTimeOffset now, Func<string, JsonObject?> findAccount)
    {
        foreach (var (field, value) in body)
        {
            if (Managed.Contains(field) || !module.TryGetField(field, out var type) || type == SugarFieldType.Meta
                || (module.IsPerson && field == "name") || field == "email1")
            {
                continue;
            }

            if (type == SugarFieldType.Email)
            {
                SetEmails(record, value);
                continue;
            }

            record[field] = Normalize(value, type);
        }

        // email1 is the legacy single address; the array wins when a client sends both.
        if (!body.ContainsKey("email") && body["email1"] is JsonValue email1 && module.TryGetField("email1", out _))
        {
            SugarSeed.SetEmail(record, SugarValue.Key(email1, SugarFieldType.Text) as string);
        }

        if (module.IsPerson)
        {
            record["name"] = $"{(string?)record["first_name"]} {(string?)record["last_name"]}".Trim();
        }

        if (module.TryGetField("account_id", out _) && (string?)record["account_id"] is { Length: > 0 } accountId && findAccount(accountId) is { } account)
        {
            record["account_name"] = (string?)account["name"];
        }

        record["assigned_user_name"] = SugarUsers.NameOf((string?)record["assigned_user_id"]);
        record["date_modified"] = SugarDate.Format(now);
        record["modified_user_id"] = userId;
        record["modified_by_name"] = SugarUsers.NameOf(userId);
        // REVIEW: [M] blank text counts as missing; Sugar's own check may only look for an empty string.
        return record[module.RequiredField] is JsonValue required && SugarValue.Key(required, SugarFieldType.Text) is string text && !string.IsNullOrWhiteSpace(text)
            ? null
            : SugarError.MissingParameter(module.RequiredField);
    }

    /// <summary>The <c>email</c> array: entries need an address; the first is primary unless one says so.</summary>
    private static void SetEmails(JsonObject record, JsonNode? value)
    {
        var addresses = (value as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(e => e["email_address"] is JsonValue)
            .Select(e => (Address: (string)e["email_address"]!, Primary: e["primary_address"] is JsonValue p && SugarValue.Key(p, SugarFieldType.Bool) is true))
            .ToList();
        var primary = addresses.FindIndex(a => a.Primary) is var i and >= 0 ? i : 0;
        record["email"] = new JsonArray([.. addresses.Select((a, n) => SugarSeed.EmailEntry(a.Address, n == primary))]);
        record["email1"] = addresses.Count > 0 ? addresses[primary].Address : "";
    }

    /// <summary>Values in the form Sugar returns them: currency as a six-decimal string, ints and booleans as JSON.</summary>
    private static JsonNode? Normalize(JsonNode? value, SugarFieldType type)
    {
        if (value is not JsonValue scalar || scalar.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }

        return SugarValue.Key(scalar, type) switch
        {
            decimal amount when type == SugarFieldType.Currency => SugarSeed.Currency(amount),
            decimal number => JsonValue.Create(decimal.ToInt64(decimal.Truncate(number))),
            bool flag => JsonValue.Create(flag),
            DateTimeOffset instant => SugarDate.Format(instant),
            var other => JsonValue.Create(other is null ? null : SugarValue.Text(other)),
        };
    }
}
