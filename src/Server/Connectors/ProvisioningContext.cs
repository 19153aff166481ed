using System.Text.RegularExpressions;

namespace OpenElements.Server.Connectors;

/// <summary>What a check gets: the element, the chosen auth type, the plaintext configuration and an
/// HttpClient already routed (sandbox, overrides) and made resilient for this element.</summary>
public sealed partial class ProvisioningContext(
    string elementKey,
    string authType,
    IReadOnlyDictionary<string, string> roles,
    IReadOnlyDictionary<string, string?> configuration,
    HttpClient http,
    TimeProvider time,
    IReadOnlySet<string>? templateKeys = null)
{
    public string ElementKey { get; } = elementKey;

    public string AuthType { get; } = authType;

    /// <summary>Resolved configuration: defaults merged with the client's values, secrets in plaintext.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; } = configuration;

    public HttpClient Http { get; } = http;

    public TimeProvider Time { get; } = time;

    /// <summary>The config key the catalog maps a role to, e.g. <c>username</c> → <c>crm.connectwise.username</c>.</summary>
    public string KeyOf(string role) =>
        roles.TryGetValue(role, out var key)
            ? key
            : throw new InvalidOperationException($"Catalog for '{ElementKey}' ({AuthType}) maps no config key to role '{role}'.");

    /// <summary>
    /// The value of a role; null when unset. Only template entries (the catalog's derived values, such as
    /// <c>oauth.token.url</c>) have their <c>{key}</c> placeholders expanded: a password is never rewritten.
    /// With no template keys given (tests), every value is treated as a possible template.
    /// </summary>
    public string? Optional(string role) =>
        roles.TryGetValue(role, out var key) && Configuration.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value)
            ? (templateKeys is null || templateKeys.Contains(key) ? Expand(value) : value)
            : null;

    /// <summary>The value of a role; the catalog marks these required, so absence is a catalog bug.</summary>
    public string Required(string role) =>
        Optional(role) ?? throw new InvalidOperationException($"'{KeyOf(role)}' has no value for '{ElementKey}'.");

    /// <summary>
    /// Expands <c>{config.key}</c> placeholders (as in <c>https://{site.url}/rest/v10</c>). Host-like values
    /// are inserted bare: a client may type <c>https://x.example.com/</c> where the template adds the scheme.
    /// </summary>
    public string Expand(string template) => ExpandTemplate(template, Configuration);

    /// <summary>The one template expansion, shared by provisioning checks and hub connectors.</summary>
    public static string ExpandTemplate(string template, IReadOnlyDictionary<string, string?> configuration) =>
        Placeholder().Replace(template, m =>
            configuration.TryGetValue(m.Groups[1].Value, out var v) && v is not null ? BareHost(v) : m.Value);

    /// <summary>A site or server value as a bare host: no scheme, no trailing slash.</summary>
    public static string BareHost(string value)
    {
        var v = value.Trim();
        var scheme = v.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            v = v[(scheme + 3)..];
        }

        return v.TrimEnd('/');
    }

    /// <summary>An absolute https URL for a host-like role value (scheme added when absent).</summary>
    public Uri HttpsUrl(string role, string path = "/") =>
        new(HttpsOrigin(Required(role)) + (path.StartsWith('/') ? path : "/" + path));

    /// <summary>A configured host or URL as an origin without a trailing slash; https when no scheme is given.</summary>
    public static string HttpsOrigin(string value)
    {
        var raw = value.Trim();
        return raw.Contains("://", StringComparison.Ordinal) ? raw.TrimEnd('/') : "https://" + BareHost(raw);
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_.\-]+)\}")]
    private static partial Regex Placeholder();
}
