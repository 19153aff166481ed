using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace OpenElements.Server.Elements;

/// <summary>
/// The elements, loaded once from <c>catalog/</c>: <c>common.json</c> (the common instance config every
/// element gets) and <c>elements/*.json</c>. A broken file stops start-up with a message naming it.
/// </summary>
public sealed class ElementCatalog
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        // Get-only properties (MaxLength, IsBoolean) count as mapped, so a file's "maxLength" would be
        // dropped without a word; taken out of the read contract, it is refused like any unknown member.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RemoveReadOnlyProperties } },
    };

    private readonly Dictionary<string, ElementDefinition> _byKey;
    private readonly Dictionary<long, ElementDefinition> _byId;

    public ElementCatalog(IEnumerable<ElementDefinition> elements)
    {
        All = [.. elements.OrderBy(e => e.Id)];
        _byKey = All.ToDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase);
        _byId = All.ToDictionary(e => e.Id);
    }

    public IReadOnlyList<ElementDefinition> All { get; }

    /// <summary>By key (case-insensitive) or numeric id, as <c>/elements/{keyOrId}</c> allows.</summary>
    public ElementDefinition? Find(string keyOrId) =>
        _byKey.TryGetValue(keyOrId, out var e) ? e
        : long.TryParse(keyOrId, out var id) && _byId.TryGetValue(id, out e) ? e
        : null;

    public static ElementCatalog Load(string directory)
    {
        var common = Read<CommonFile>(Path.Combine(directory, "common.json"));
        var files = Directory.GetFiles(Path.Combine(directory, "elements"), "*.json").Order(StringComparer.Ordinal);
        var elements = new List<ElementDefinition>();
        foreach (var file in files)
        {
            var raw = Read<ElementFile>(file);
            var element = raw.ToDefinition(common.Configuration);
            ElementValidation.Validate(element, file);
            elements.Add(element);
        }

        var duplicates = elements.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return duplicates.Count > 0
            ? throw new InvalidOperationException($"Catalog element ids are not unique: {string.Join(", ", duplicates)}")
            : new ElementCatalog(elements);
    }

    /// <summary>The catalog folder: <c>Catalog:Directory</c>, else the copy beside the binaries.</summary>
    public static string ResolveDirectory(IConfiguration configuration) =>
        configuration["Catalog:Directory"] ?? Path.Combine(AppContext.BaseDirectory, "catalog");

    private static void RemoveReadOnlyProperties(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.Set is null).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    private static T Read<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, ReadOptions) ?? throw new InvalidOperationException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Catalog file {path} is invalid: {e.Message}", e);
        }
    }

    private sealed class CommonFile
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string? Schema { get; init; }

        public required List<ConfigEntryDefinition> Configuration { get; init; }
    }

    private sealed class ElementFile
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string? Schema { get; init; }

        public required string Key { get; init; }

        public required string Hub { get; init; }

        /// <summary>Free text for maintainers: where values came from.</summary>
        public string? Notes { get; init; }

        public required JsonObject Element { get; init; }

        public required string DefaultAuthType { get; init; }

        public required Dictionary<string, AuthTypeDefinition> AuthTypes { get; init; }

        public required List<ConfigEntryDefinition> Configuration { get; init; }

        public string? HubConnector { get; init; }

        public Dictionary<string, HubObjectDefinition>? Objects { get; init; }

        public ElementDefinition ToDefinition(List<ConfigEntryDefinition> common)
        {
            var own = Configuration.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            return new ElementDefinition
            {
                Key = Key,
                Id = Element["id"]?.GetValue<long>() ?? throw new InvalidOperationException($"{Key}: element.id is missing."),
                Name = Element["name"]?.GetValue<string>() ?? Key,
                Hub = Hub,
                Element = Element,
                DefaultAuthType = DefaultAuthType,
                AuthTypes = AuthTypes,
                // An element may redefine a common entry (ConnectWise leaves event.notification.enabled unset).
                Configuration = [.. Configuration, .. common.Where(c => !own.Contains(c.Key))],
                HubConnector = HubConnector,
                Objects = new Dictionary<string, HubObjectDefinition>(Objects ?? [], StringComparer.OrdinalIgnoreCase),
            };
        }
    }
}
