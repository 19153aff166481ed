using OpenElements.Server.Elements;

namespace OpenElements.Server.Hubs;

/// <summary>An instance as hub calls see it: its element and plaintext configuration.</summary>
public sealed class HubInstance(long id, ElementDefinition element, string authType, Dictionary<string, string?> configuration)
{
    public long Id { get; } = id;

    public ElementDefinition Element { get; } = element;

    public string AuthType { get; } = authType;

    /// <summary>Plaintext configuration (secrets decrypted); never logged or returned.</summary>
    public Dictionary<string, string?> Configuration { get; } = configuration;

    public string? Get(string key) => Configuration.GetValueOrDefault(key);

    /// <summary>A value by the auth type's role (<c>serverUrl</c> → <c>crm.connectwise.server.url</c>), so one connector serves variant elements.</summary>
    public string? Role(string role) => RoleKey(role) is { } key ? Get(key) : null;

    /// <summary>The config key the auth type gives a role, e.g. where a connector stores a renewed token.</summary>
    public string? RoleKey(string role) =>
        Element.FindAuthType(AuthType, out _) is { } auth && auth.Roles.TryGetValue(role, out var key) ? key : null;

    public string RequireRole(string role) =>
        Role(role) is { Length: > 0 } value ? value : throw new InvalidOperationException($"Instance {Id} has no value for role '{role}'.");

    public string Require(string key) =>
        Get(key) is { Length: > 0 } value ? value : throw new InvalidOperationException($"Instance {Id} has no '{key}'.");

    /// <summary>Expands <c>{config.key}</c> placeholders (e.g. <c>base.url = https://{site.url}/rest/v10</c>).</summary>
    public string Expand(string template) => Connectors.ProvisioningContext.ExpandTemplate(template, Configuration);
}
