using System.Text.Json.Nodes;
using OpenElements.Server.Elements;
using OpenElements.Server.Organizations;

namespace OpenElements.Server.Instances;

/// <summary>
/// An instance as the platform returns it: every top-level field of the seed samples, in their order,
/// configuration with defaults and derived entries and every secret masked. The token is shown only
/// in the create response: we keep a digest, not the token.
/// </summary>
public sealed record InstanceView(
    long Id,
    string Name,
    string Token,
    JsonObject Element,
    long ElementId,
    IReadOnlyList<object> ProvisionInteractions,
    bool Valid,
    bool Disabled,
    int MaxCacheSize,
    int CacheTimeToLive,
    IReadOnlyDictionary<string, string?> Configuration,
    bool EventsEnabled,
    bool TraceLoggingEnabled,
    bool CachingEnabled,
    string ExternalAuthentication,
    IReadOnlyList<string> Tags,
    string CreatedDate,
    string UpdatedDate,
    InstanceUserView User,
    TransformationView Transformation,
    bool DefaultTransformation)
{
    public static InstanceView From(Instance instance, ElementDefinition element, IReadOnlyDictionary<string, string?> configuration, User user, string? token) =>
        new(
            instance.Id,
            instance.Name,
            token ?? ConfigurationResolver.Mask,
            element.Element,
            element.Id,
            [],
            instance.Valid,
            instance.Disabled,
            0,
            0,
            Masked(element, configuration),
            configuration.GetValueOrDefault("event.notification.enabled") == "true",
            instance.TraceLoggingEnabled,
            false,
            instance.ExternalAuthentication,
            [.. instance.Tags.OrderBy(t => t.Position).Select(t => t.Name)],
            Iso(instance.CreatedDate),
            Iso(instance.UpdatedDate),
            new InstanceUserView(user.Id, user.EmailAddress, user.FirstName, user.LastName),
            new TransformationView([]),
            false);

    public static Dictionary<string, string?> Masked(ElementDefinition element, IReadOnlyDictionary<string, string?> configuration) =>
        configuration.ToDictionary(
            kv => kv.Key,
            kv => kv.Value is not null && ConfigurationResolver.IsSecret(element, kv.Key) ? ConfigurationResolver.Mask : kv.Value,
            StringComparer.Ordinal);

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

public sealed record InstanceUserView(long Id, string EmailAddress, string FirstName, string LastName);

public sealed record TransformationView(IReadOnlyList<string> ObjectNames);

/// <summary>A row of <c>GET /instances/{id}/configuration</c>.</summary>
public sealed record ConfigurationRowView(long Id, string Key, string Name, string? PropertyValue, string Type, bool Required, bool Secret)
{
    public static ConfigurationRowView From(ElementDefinition element, long id, string key, string? plaintext, string authType)
    {
        var entry = element.FindEntry(key);
        var secret = ConfigurationResolver.IsSecret(element, key);
        return new ConfigurationRowView(
            id,
            key,
            entry?.Name ?? key,
            plaintext is not null && secret ? ConfigurationResolver.Mask : plaintext,
            entry?.Type ?? (secret ? "PASSWORD" : "TEXTFIELD_1000"),
            entry is { Required: true } && entry.AppliesTo(authType),
            secret);
    }
}
