using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenElements.Server.Data;
using OpenElements.Server.Instances;
using OpenElements.Server.Security;

namespace OpenElements.Server.Hubs;

/// <summary>Where renewed vendor tokens are kept: on the instance's row, and for shared logins in <see cref="VendorSession"/>.</summary>
internal sealed class SessionStore(IServiceProvider services)
{
    private readonly AppDbContext _db = services.GetRequiredService<AppDbContext>();

    public async Task<Dictionary<string, string?>> ReadAsync(long instanceId, CancellationToken ct)
    {
        var row = await _db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        return row is null ? [] : services.GetRequiredService<InstanceSecrets>().Read(row);
    }

    /// <summary>Merges <paramref name="updates"/> into the instance's stored configuration; a deleted instance has nothing to keep them for.</summary>
    public async Task SaveAsync(HubInstance instance, IReadOnlyDictionary<string, string?> updates, CancellationToken ct)
    {
        var row = await _db.Instances.FirstOrDefaultAsync(i => i.Id == instance.Id, ct);
        if (row is null)
        {
            return;
        }

        var secrets = services.GetRequiredService<InstanceSecrets>();
        var merged = secrets.Read(row);
        foreach (var (key, value) in updates)
        {
            merged[key] = value;
        }

        secrets.Write(instance.Element, row, merged);
        await _db.SaveChangesAsync(ct);
    }

    public async Task<Dictionary<string, string?>?> ReadSharedAsync(string key, CancellationToken ct)
    {
        var row = await _db.VendorSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct);
        return row is null ? null : Unprotect(key, row.ProtectedValues);
    }

    public async Task SaveSharedAsync(string key, Dictionary<string, string?> values, DateTimeOffset now, CancellationToken ct)
    {
        var cipher = services.GetRequiredService<SecretProtector>().Protect(Purpose(key), JsonSerializer.Serialize(values));
        for (var attempt = 0; ; attempt++)
        {
            var row = await _db.VendorSessions.FirstOrDefaultAsync(s => s.Key == key, ct);
            if (row is null)
            {
                _db.VendorSessions.Add(new VendorSession { Key = key, ProtectedValues = cipher, UpdatedAt = now.ToUnixTimeMilliseconds() });
            }
            else
            {
                row.ProtectedValues = cipher;
                row.UpdatedAt = now.ToUnixTimeMilliseconds();
            }

            try
            {
                await _db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (row is null && attempt == 0)
            {
                // Another node inserted the same login's row first: update it instead.
                _db.ChangeTracker.Clear();
            }
        }
    }

    private Dictionary<string, string?> Unprotect(string key, byte[] cipher) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(services.GetRequiredService<SecretProtector>().Unprotect(Purpose(key), cipher)) ?? [];

    private static string Purpose(string key) => "vendor-session:" + key;
}
