using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenElements.Server.Auth;
using OpenElements.Server.Connectors;
using OpenElements.Server.Data;
using OpenElements.Server.Elements;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Instances;

/// <summary>
/// Provisioning and the instance lifecycle. Order matters for "never store half an instance": the
/// body is checked, the vendor proves the credentials, and only then is everything written in one
/// SaveChanges (one transaction).
/// </summary>
public sealed partial class InstanceService(
    AppDbContext db,
    IMemoryCache cache,
    ElementCatalog catalog,
    ProvisioningChecks checks,
    InstanceSecrets secrets,
    TimeProvider time,
    ILogger<InstanceService> logger)
{
    public async Task<InstanceView> CreateAsync(Caller caller, string? pathElement, InstanceRequest request, CancellationToken ct)
    {
        request.ThrowIfInvalid(pathElement is null && !request.HasElement ? MissingElement : null);
        var element = ResolveElement(pathElement, request);
        var sent = request.Configuration ?? new Dictionary<string, string?>();
        var (authType, auth) = ConfigurationResolver.ResolveAuthType(element, sent.GetValueOrDefault(ConfigurationResolver.AuthTypeKey));
        var configuration = ConfigurationResolver.Resolve(element, authType, existing: null, sent);
        var name = request.Name ?? throw ApiException.BadRequest("'name' is required: give the instance a name.");

        foreach (var (key, value) in await checks.RunAsync(element, authType, auth, configuration, ct))
        {
            configuration[key] = value;
        }

        var token = SecretHash.NewToken();
        var now = time.GetUtcNow().UtcDateTime;
        var instance = new Instance
        {
            OrganizationId = caller.OrganizationId,
            UserId = caller.UserId,
            ElementKey = element.Key,
            AuthType = authType,
            Name = name,
            TokenHash = SecretHash.Of(token),
            ExternalAuthentication = request.ExternalAuthentication ?? "none",
            EventsEnabled = configuration.GetValueOrDefault("event.notification.enabled") == "true",
            CreatedDate = now,
            UpdatedDate = now,
        };
        SetTags(instance, request.Tags ?? [name]);
        secrets.Write(element, instance, configuration);
        db.Instances.Add(instance);
        await db.SaveChangesAsync(ct);
        LogProvisioned(logger, instance.Id, element.Key, authType);
        return InstanceView.From(instance, element, configuration, await UserAsync(caller.UserId, ct), token);
    }

    public async Task<InstanceView> GetAsync(Caller caller, long id, string? pathElement, CancellationToken ct)
    {
        var instance = await LoadAsync(caller, id, pathElement, tracking: false, ct);
        return await ViewAsync(caller, instance, ct);
    }

    public async Task<List<InstanceView>> ListAsync(Caller caller, string? pathElement, IReadOnlyList<string> tags, string? searchText, CancellationToken ct)
    {
        var query = db.Instances.AsNoTracking().AsSplitQuery().Include(i => i.Tags)
            .Where(i => i.OrganizationId == caller.OrganizationId);
        if (pathElement is not null)
        {
            var key = (catalog.Find(pathElement) ?? throw ElementNotFound(pathElement)).Key;
            query = query.Where(i => i.ElementKey == key);
        }

        if (tags.Count > 0)
        {
            query = query.Where(i => i.Tags.Any(t => tags.Contains(t.Name)));
        }

        if (!string.IsNullOrWhiteSpace(searchText))
        {
            var text = searchText.Trim().ToLowerInvariant();
            query = query.Where(i => i.Name.ToLower().Contains(text) || i.ElementKey.ToLower().Contains(text));
        }

        var instances = await query.OrderBy(i => i.Id).ToListAsync(ct);
        if (instances.Count == 0 && (tags.Count > 0 || !string.IsNullOrWhiteSpace(searchText)))
        {
            // The platform answers a search that matches nothing with 404 (churros relies on it).
            throw ApiException.NotFound("No instances found");
        }

        var userIds = instances.Select(i => i.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return [.. instances.Select(i => View(i, users[i.UserId]))];
    }

    /// <summary>PUT and PATCH: fields present replace, configuration merges, a masked secret keeps its value.</summary>
    public async Task<InstanceView> UpdateAsync(Caller caller, long id, string? pathElement, InstanceRequest request, CancellationToken ct)
    {
        request.ThrowIfInvalid();
        var instance = await LoadAsync(caller, id, pathElement, tracking: true, ct);
        var element = Element(instance);
        if (request.HasElement && ResolveElement(null, request).Key != element.Key)
        {
            throw ApiException.BadRequest($"An instance cannot change its element (it is '{element.Key}'); provision a new instance instead.");
        }

        if (request.Name is not null)
        {
            instance.Name = request.Name;
        }

        if (request.Tags is not null)
        {
            SetTags(instance, request.Tags);
        }

        if (request.ExternalAuthentication is not null)
        {
            instance.ExternalAuthentication = request.ExternalAuthentication;
        }

        if (request.Configuration is { Count: > 0 } sent)
        {
            await ApplyConfigurationAsync(instance, element, sent, ct);
        }

        instance.UpdatedDate = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(caller, instance, ct);
    }

    public async Task DeleteAsync(Caller caller, long id, string? pathElement, CancellationToken ct)
    {
        var instance = await LoadAsync(caller, id, pathElement, tracking: false, ct);
        // REVIEW: vendor-side clean-up (Sugar logout, webhook unsubscription) belongs here once hubs and events exist.
        await db.Instances.Where(i => i.Id == instance.Id).ExecuteDeleteAsync(ct);
        LogDeleted(logger, instance.Id);
    }

    public async Task<InstanceView> SetEnabledAsync(Caller caller, long id, bool enabled, CancellationToken ct)
    {
        var instance = await LoadAsync(caller, id, null, tracking: true, ct);
        instance.Disabled = !enabled;
        instance.UpdatedDate = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(caller, instance, ct);
    }

    public async Task<List<ConfigurationRowView>> GetConfigurationAsync(Caller caller, long id, CancellationToken ct)
    {
        var instance = await LoadAsync(caller, id, null, tracking: false, ct);
        var element = Element(instance);
        var plain = secrets.Read(instance);
        return [.. plain.Select((kv, position) =>
            ConfigurationRowView.From(element, InstanceSecrets.RowId(instance.Id, position), kv.Key, kv.Value, instance.AuthType))];
    }

    public async Task<ConfigurationRowView> GetConfigurationRowAsync(Caller caller, long id, long configId, CancellationToken ct) =>
        (await GetConfigurationAsync(caller, id, ct)).Find(r => r.Id == configId)
        ?? throw ApiException.NotFound($"No configuration entry {configId} on instance {id}.");

    /// <summary>PATCH of one row: the body is the row with a new <c>propertyValue</c>.</summary>
    public async Task<ConfigurationRowView> PatchConfigurationRowAsync(Caller caller, long id, long configId, string? value, CancellationToken ct)
    {
        var instance = await LoadAsync(caller, id, null, tracking: true, ct);
        var keys = InstanceSecrets.Keys(instance);
        var key = InstanceSecrets.Position(instance.Id, configId) is { } position && position < keys.Count
            ? keys[position]
            : throw ApiException.NotFound($"No configuration entry {configId} on instance {id}.");
        var element = Element(instance);
        await ApplyConfigurationAsync(instance, element, new Dictionary<string, string?> { [key] = value }, ct);
        instance.UpdatedDate = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ConfigurationRowView.From(element, configId, key, secrets.Read(instance)[key], instance.AuthType);
    }

    private async Task ApplyConfigurationAsync(Instance instance, ElementDefinition element, Dictionary<string, string?> sent, CancellationToken ct)
    {
        var existing = secrets.Read(instance);
        var (authType, auth) = ConfigurationResolver.ResolveAuthType(element,
            sent.GetValueOrDefault(ConfigurationResolver.AuthTypeKey) ?? instance.AuthType);
        var merged = ConfigurationResolver.Resolve(element, authType, existing, sent);
        // Changed credentials are proven again before anything is saved; a refusal leaves the instance as it was.
        if (authType != instance.AuthType
            || ProvisioningChecks.InputKeys(auth).Any(k => merged.GetValueOrDefault(k) != existing.GetValueOrDefault(k)))
        {
            foreach (var (key, value) in await checks.RunAsync(element, authType, auth, merged, ct))
            {
                merged[key] = value;
            }

            instance.AuthType = authType;
            instance.Valid = true;
        }

        instance.EventsEnabled = merged.GetValueOrDefault("event.notification.enabled") == "true";
        secrets.Write(element, instance, merged);
    }

    private async Task<Instance> LoadAsync(Caller caller, long id, string? pathElement, bool tracking, CancellationToken ct)
    {
        // One round trip: the configuration is on the row, the tags are a small join.
        var query = db.Instances.AsSingleQuery().Include(i => i.Tags).Where(i => i.Id == id);
        query = tracking ? query : query.AsNoTracking();
        var instance = await query.FirstOrDefaultAsync(ct);
        // Another organization's instance is "not found", never "forbidden": that would confirm it exists.
        if (instance is null || instance.OrganizationId != caller.OrganizationId
            || (pathElement is not null && catalog.Find(pathElement)?.Key != instance.ElementKey))
        {
            throw ApiException.NotFound($"No instance found with id {id}.");
        }

        return instance;
    }

    private ElementDefinition ResolveElement(string? pathElement, InstanceRequest request)
    {
        if (pathElement is not null)
        {
            return catalog.Find(pathElement) ?? throw ElementNotFound(pathElement);
        }

        if (!request.HasElement)
        {
            throw ApiException.BadRequest(MissingElement);
        }

        var byKey = request.ElementKey is null ? null : catalog.Find(request.ElementKey) ?? throw ElementNotFound(request.ElementKey);
        var byId = request.ElementId is null ? null : catalog.Find(request.ElementId.Value.ToString()) ?? throw ElementNotFound(request.ElementId.Value.ToString());
        return byKey is not null && byId is not null && byKey != byId
            ? throw ApiException.BadRequest($"'element.key' ({byKey.Key}) and 'element.id' ({request.ElementId}) name different elements.")
            : (byKey ?? byId)!;
    }

    private const string MissingElement = "The request body has no 'element': say which element to provision, e.g. {\"element\":{\"key\":\"sugarcrmv2\"}}.";

    private static ApiException ElementNotFound(string keyOrId) =>
        ApiException.NotFound($"No element found with key or id '{keyOrId}'. GET /elements/keys lists the elements.");

    private ElementDefinition Element(Instance instance) =>
        catalog.Find(instance.ElementKey) ?? throw new InvalidOperationException($"Instance {instance.Id} uses element '{instance.ElementKey}', which left the catalog.");

    private static void SetTags(Instance instance, List<string> tags)
    {
        instance.Tags.Clear();
        instance.Tags.AddRange(tags.Select((t, i) => new InstanceTag { Name = t, Position = i }));
    }

    private async Task<InstanceView> ViewAsync(Caller caller, Instance instance, CancellationToken ct) =>
        View(instance, await UserAsync(instance.UserId, ct));

    private InstanceView View(Instance instance, Organizations.User user) =>
        InstanceView.From(instance, Element(instance), secrets.Read(instance), user, token: null);

    /// <summary>The owner shown in instance responses; users change rarely, so a short cache saves a round trip per call.</summary>
    private async Task<Organizations.User> UserAsync(long userId, CancellationToken ct) =>
        (await cache.GetOrCreateAsync(("user", userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        }))!;

    [LoggerMessage(Level = LogLevel.Information, Message = "Provisioned instance {InstanceId} of {ElementKey} ({AuthType})")]
    private static partial void LogProvisioned(ILogger logger, long instanceId, string elementKey, string authType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted instance {InstanceId}")]
    private static partial void LogDeleted(ILogger logger, long instanceId);
}
