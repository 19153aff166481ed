using OpenElements.Server.Elements;
using OpenElements.Server.Security;

namespace OpenElements.Server.Instances;

/// <summary>Moves configuration between its plaintext form and its stored rows (secrets encrypted).</summary>
public sealed class InstanceSecrets(SecretProtector protector)
{
    public Dictionary<string, string?> Read(IEnumerable<InstanceConfigEntry> rows)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.Id))
        {
            result[row.Key] = row.Protected is null ? row.Value : protector.Unprotect(row.Key, row.Protected);
        }

        return result;
    }

    /// <summary>Updates <paramref name="rows"/> in place to hold <paramref name="values"/>, keeping row ids stable.</summary>
    public void Write(ElementDefinition element, List<InstanceConfigEntry> rows, IReadOnlyDictionary<string, string?> values)
    {
        rows.RemoveAll(r => !values.ContainsKey(r.Key));
        foreach (var (key, value) in values)
        {
            var row = rows.Find(r => r.Key == key);
            if (row is null)
            {
                row = new InstanceConfigEntry { Key = key };
                rows.Add(row);
            }

            var secret = ConfigurationResolver.IsSecret(element, key) && value is not null;
            var unchanged = secret
                ? row.Protected is not null && !protector.NeedsRotation(row.Protected) && protector.Unprotect(key, row.Protected) == value
                : row.Protected is null && row.Value == value;
            if (unchanged)
            {
                continue;
            }

            row.Value = secret ? null : value;
            row.Protected = secret ? protector.Protect(key, value!) : null;
        }
    }
}
