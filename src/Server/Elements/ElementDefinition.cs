using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenElements.Server.Elements;

/// <summary>One element as declared in <c>catalog/elements/&lt;key&gt;.json</c>.</summary>
public sealed class ElementDefinition
{
    public required string Key { get; init; }

    public required long Id { get; init; }

    public required string Name { get; init; }

    public required string Hub { get; init; }

    /// <summary>The element object exactly as instance responses show it (the seed's fields).</summary>
    public required JsonObject Element { get; init; }

    /// <summary>Used when the client sends no <c>authentication.type</c>.</summary>
    public required string DefaultAuthType { get; init; }

    /// <summary>Auth type name (as clients send it in <c>authentication.type</c>) → how to check it.</summary>
    public required Dictionary<string, AuthTypeDefinition> AuthTypes { get; init; }

    /// <summary>Element entries in display order; the loader appends the common instance config.</summary>
    public required List<ConfigEntryDefinition> Configuration { get; init; }

    /// <summary>The hub connector (vendor protocol) that serves <see cref="Objects"/>; null = no hub resources yet.</summary>
    public string? HubConnector { get; init; }

    /// <summary>Hub object name (as in <c>/hubs/crm/contacts</c>) → vendor resource.</summary>
    public Dictionary<string, HubObjectDefinition> Objects { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public AuthTypeDefinition? FindAuthType(string name, out string canonicalName)
    {
        foreach (var (key, value) in AuthTypes)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                canonicalName = key;
                return value;
            }
        }

        canonicalName = name;
        return null;
    }

    public ConfigEntryDefinition? FindEntry(string key) => Configuration.Find(e => e.Key == key);
}

/// <summary>An auth style: the check that proves it and the roles the check reads and writes.</summary>
public sealed class AuthTypeDefinition
{
    /// <summary>Name of an <c>IProvisioningCheck</c>, e.g. <c>sugarcrm.passwordGrant</c>.</summary>
    public required string Check { get; init; }

    /// <summary>Role → config key, e.g. <c>username</c> → <c>crm.connectwise.username</c>; outputs too (<c>accessToken</c>).</summary>
    public required Dictionary<string, string> Roles { get; init; }
}

/// <summary>A configuration entry, in the platform's vocabulary.</summary>
public sealed class ConfigEntryDefinition
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>TEXTFIELD_32/64/128/1000, TEXTAREA, PASSWORD, BOOLEAN, BOOLEAN_YESNO, SELECTION, CODE_EDITOR.</summary>
    public string Type { get; init; } = "TEXTFIELD_128";

    public string? Description { get; init; }

    /// <summary>Required for the auth types in <see cref="AuthTypes"/> (all when that is null).</summary>
    public bool Required { get; init; }

    /// <summary>Encrypted at rest and masked as <c>********</c> in every response.</summary>
    public bool Secret { get; init; }

    /// <summary>Platform-managed (tokens, refresh times, vendor event type): not shown as client input.</summary>
    public bool Internal { get; init; }

    public bool HideFromConsole { get; init; }

    /// <summary>Default value; null means "unset" and is echoed as null. Templates like <c>https://{site.url}</c> stay unexpanded.</summary>
    [JsonPropertyName("default")]
    public string? DefaultValue { get; init; }

    /// <summary>The auth types this entry belongs to; null = all.</summary>
    public List<string>? AuthTypes { get; init; }

    /// <summary>For SELECTION entries: the allowed values.</summary>
    public List<string>? Options { get; init; }

    public bool AppliesTo(string authType) =>
        AuthTypes is null || AuthTypes.Exists(a => a.Equals(authType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Maximum length implied by the type (TEXTFIELD_128 → 128), or null.</summary>
    public int? MaxLength => Type.StartsWith("TEXTFIELD_", StringComparison.Ordinal) && int.TryParse(Type["TEXTFIELD_".Length..], out var n) ? n : null;

    public bool IsBoolean => Type is "BOOLEAN" or "BOOLEAN_YESNO";
}
