using System.Text.Json;
using OpenElements.Server.Elements;
using OpenElements.Server.Security;

namespace OpenElements.Server.Instances;

/// <summary>
/// Moves an instance's configuration between its plaintext form and its two stored columns: the keys
/// (in order) with non-secret values, and the secret values encrypted together. The ciphertext is bound
/// to the instance's token hash, so it cannot be copied onto another instance's row.
/// </summary>
public sealed class InstanceSecrets(SecretProtector protector)
{
    public Dictionary<string, string?> Read(Instance instance)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(instance.ConfigurationJson) ?? [];
        if (instance.ProtectedConfiguration is { } cipher)
        {
            var secrets = JsonSerializer.Deserialize<Dictionary<string, string?>>(protector.Unprotect(Purpose(instance), cipher)) ?? [];
            foreach (var (key, value) in secrets)
            {
                values[key] = value;
            }
        }

        return values;
    }

    /// <summary>Stores <paramref name="values"/>; keys keep their first position, so configuration row ids stay stable.</summary>
    public void Write(ElementDefinition element, Instance instance, IReadOnlyDictionary<string, string?> values)
    {
        var ordered = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in Keys(instance).Where(values.ContainsKey).Concat(values.Keys))
        {
            ordered.TryAdd(key, values[key]);
        }

        var secrets = ordered.Where(kv => kv.Value is not null && ConfigurationResolver.IsSecret(element, kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var key in secrets.Keys)
        {
            ordered[key] = null;
        }

        instance.ConfigurationJson = JsonSerializer.Serialize(ordered);
        // Re-encrypted on every write, so a rotated key takes over as instances are saved.
        instance.ProtectedConfiguration = secrets.Count > 0 ? protector.Protect(Purpose(instance), JsonSerializer.Serialize(secrets)) : null;
    }

    /// <summary>The keys in stored order; a key's position gives its configuration row id.</summary>
    public static IReadOnlyList<string> Keys(Instance instance) =>
        [.. (JsonSerializer.Deserialize<Dictionary<string, string?>>(instance.ConfigurationJson) ?? []).Keys];

    /// <summary>Row ids as the platform shows them: unique across instances, stable per key.</summary>
    public static long RowId(long instanceId, int position) => instanceId * MaxKeys + position + 1;

    /// <summary>The position a row id names on this instance, or null when it is another instance's.</summary>
    public static int? Position(long instanceId, long rowId) =>
        rowId > instanceId * MaxKeys && rowId <= (instanceId + 1) * MaxKeys ? (int)(rowId - instanceId * MaxKeys - 1) : null;

    /// <summary>Bounds the keys of one instance (and so the row-id space each instance owns).</summary>
    public const int MaxKeys = 1000;

    private static string Purpose(Instance instance) => "instance-configuration:" + Convert.ToBase64String(instance.TokenHash);
}
