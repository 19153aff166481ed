using OpenElements.Server.Elements;
using OpenElements.Server.Instances;

namespace OpenElements.Server.Connectors;

/// <summary>Runs the catalog-named check of an auth type with this element's routed, resilient HttpClient.</summary>
public sealed class ProvisioningChecks(IEnumerable<IProvisioningCheck> checks, IHttpClientFactory httpClients, TimeProvider time)
{
    private readonly Dictionary<string, IProvisioningCheck> _byName = checks.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public bool Exists(string name) => _byName.ContainsKey(name);

    /// <summary>Proves the credentials; returns the configuration values the vendor gave back (tokens…), by key.</summary>
    public async Task<Dictionary<string, string?>> RunAsync(
        ElementDefinition element, string authType, AuthTypeDefinition auth, IReadOnlyDictionary<string, string?> configuration, CancellationToken ct)
    {
        var check = _byName.TryGetValue(auth.Check, out var c)
            ? c
            : throw new InvalidOperationException($"Element '{element.Key}' names check '{auth.Check}', which is not registered.");
        var context = new ProvisioningContext(element.Key, authType, auth.Roles, configuration, httpClients.CreateClient(VendorHttp.ClientName(element.Key)), time, TemplateKeys(element));
        var outcome = await check.RunAsync(context, ct);
        var updates = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (role, value) in outcome.Values)
        {
            updates[context.KeyOf(role)] = value;
        }

        return updates;
    }

    private static HashSet<string> TemplateKeys(ElementDefinition element) =>
        element.Configuration.Where(e => e.DefaultValue?.Contains('{', StringComparison.Ordinal) == true && !e.Secret).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Config keys a check reads: a change to one of them means the credentials must be proven again.</summary>
    public static IEnumerable<string> InputKeys(AuthTypeDefinition auth) => auth.Roles.Values;

    /// <summary>Throws at start-up when the catalog names a check nobody registered.</summary>
    public void ValidateCatalog(ElementCatalog catalog)
    {
        var missing = catalog.All.SelectMany(e => e.AuthTypes.Values.Select(a => (e.Key, a.Check))).Where(x => !Exists(x.Check)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Catalog names unknown checks: " + string.Join(", ", missing.Select(m => $"{m.Key}→{m.Check}")));
        }
    }
}
