using OpenElements.Server.Elements;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Instances;

/// <summary>
/// Turns what a client sent into an instance's full configuration: the element's entries for the
/// chosen auth type with defaults filled (templates left as they are, as the platform echoes them),
/// then any extra keys the client sent. Every problem is collected and reported in one 400.
/// </summary>
public static class ConfigurationResolver
{
    /// <summary>Shown instead of a secret; sent back unchanged in a PUT it means "keep the stored value".</summary>
    public const string Mask = "********";

    public const string AuthTypeKey = "authentication.type";

    /// <summary>Picks the auth type: the client's <c>authentication.type</c>, else the element's default.</summary>
    public static (string Name, AuthTypeDefinition Definition) ResolveAuthType(ElementDefinition element, string? requested)
    {
        var name = string.IsNullOrWhiteSpace(requested) ? element.DefaultAuthType : requested.Trim();
        var definition = element.FindAuthType(name, out var canonical);
        return definition is null
            ? throw ApiException.BadRequest(
                $"Unknown authentication.type '{name}' for element '{element.Key}'; it supports: {string.Join(", ", element.AuthTypes.Keys)}.")
            : (canonical, definition);
    }

    /// <param name="existing">The stored configuration (plaintext) on update; null on create.</param>
    /// <param name="sent">The client's values; a masked secret means "unchanged".</param>
    public static Dictionary<string, string?> Resolve(
        ElementDefinition element, string authType, IReadOnlyDictionary<string, string?>? existing, IReadOnlyDictionary<string, string?> sent)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var entry in element.Configuration)
        {
            var wasSent = sent.TryGetValue(entry.Key, out var value);
            if (wasSent && value == Mask && IsSecret(element, entry.Key) && existing is not null)
            {
                wasSent = false;
            }

            if (!wasSent && existing is not null && existing.TryGetValue(entry.Key, out var stored))
            {
                value = stored;
            }
            else if (!wasSent || value is null)
            {
                value = entry.DefaultValue;
            }
            else
            {
                value = Normalize(entry, value, problems);
            }

            // Entries of the other auth types are echoed too (null when unset): "all element config keys".
            result[entry.Key] = value;
        }

        if (result.ContainsKey(AuthTypeKey) || sent.ContainsKey(AuthTypeKey))
        {
            result[AuthTypeKey] = authType;
        }

        // Keys the element does not declare are kept as sent (the platform stores them too).
        foreach (var source in new[] { existing, sent })
        {
            foreach (var (key, value) in source ?? new Dictionary<string, string?>())
            {
                if (element.FindEntry(key) is null && key != AuthTypeKey && !(value == Mask && source == sent && existing?.ContainsKey(key) == true))
                {
                    result[key] = value;
                }
            }
        }

        if (result.Count >= InstanceSecrets.MaxKeys)
        {
            problems.Add($"An instance takes at most {InstanceSecrets.MaxKeys - 1} configuration keys; this one would have {result.Count}");
        }

        var missing = element.Configuration
            .Where(e => e.Required && e.AppliesTo(authType) && string.IsNullOrWhiteSpace(result.GetValueOrDefault(e.Key)))
            .Select(e => e.Key)
            .ToList();
        if (missing.Count > 0)
        {
            problems.Insert(0, $"Missing required configuration entr{(missing.Count == 1 ? "y" : "ies")} for '{element.Key}' ({authType}): {string.Join(", ", missing)}");
        }

        return problems.Count > 0 ? throw ApiException.BadRequest(string.Join("; ", problems) + ".") : result;
    }

    /// <summary>Secret keys: the catalog's, plus unknown keys whose name says secret.</summary>
    public static bool IsSecret(ElementDefinition element, string key) =>
        element.FindEntry(key)?.Secret ?? LooksSecret(key);

    private static bool LooksSecret(string key)
    {
        var k = key.ToLowerInvariant();
        return k.Contains("password", StringComparison.Ordinal) || k.Contains("secret", StringComparison.Ordinal)
            || (k.EndsWith("token", StringComparison.Ordinal) && !k.EndsWith("url", StringComparison.Ordinal))
            || k.Contains("api.key", StringComparison.Ordinal) || k.Contains("apikey", StringComparison.Ordinal);
    }

    private static string Normalize(ConfigEntryDefinition entry, string value, List<string> problems)
    {
        if (entry.IsBoolean)
        {
            if (bool.TryParse(value.Trim(), out var b))
            {
                return b ? "true" : "false";
            }

            problems.Add($"'{entry.Key}' must be true or false, not '{Truncate(value)}'");
            return value;
        }

        if (entry.Options is { } options)
        {
            var match = options.Find(o => o.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                problems.Add($"'{entry.Key}' must be one of {string.Join(", ", options)}, not '{Truncate(value)}'");
                return value;
            }

            return match;
        }

        if (entry.MaxLength is { } max && value.Length > max)
        {
            problems.Add($"'{entry.Key}' is longer than {max} characters");
        }

        return value;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
