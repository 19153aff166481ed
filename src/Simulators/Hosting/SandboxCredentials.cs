using System.Reflection;
using System.Text.Json;

namespace OpenElements.Simulators.Hosting;

/// <summary>
/// The only credentials the simulators accept: a copy of ../shared/sandbox-credentials.json embedded
/// in this assembly, so a fresh clone runs without the shared folder (a unit test keeps the copy in sync).
/// </summary>
public sealed class SandboxCredentials
{
    private readonly JsonElement _root;

    private SandboxCredentials(JsonElement root) => _root = root;

    public static SandboxCredentials Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("sandbox-credentials.json")
            ?? throw new InvalidOperationException("sandbox-credentials.json is not embedded in the simulators assembly.");
        using var doc = JsonDocument.Parse(stream);
        return new SandboxCredentials(doc.RootElement.Clone());
    }

    /// <summary>The flat key → value map for an element key, optionally under an auth type (NetSuite).</summary>
    public IReadOnlyDictionary<string, string> For(string elementKey, string? authType = null)
    {
        var node = _root.GetProperty(elementKey);
        if (authType is not null)
        {
            node = node.GetProperty(authType);
        }

        return node.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
