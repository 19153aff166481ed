namespace OpenElements.Server.Security;

/// <summary>
/// Keys that encrypt secret configuration at rest (AES-256-GCM). Bound from <c>Secrets</c>.
/// With no keys configured, a key file is created under the data directory on first start; several
/// nodes on one database must share the keys through configuration instead.
/// </summary>
/// <remarks>
/// Rotation: add a new key under <c>Secrets:Keys</c> and point <c>Secrets:ActiveKeyId</c> at it. New
/// writes use the active key; values under older keys still decrypt, and are re-encrypted with the
/// active key the next time the instance is saved. Remove an old key only when nothing uses it.
/// </remarks>
public sealed class SecretsOptions
{
    /// <summary>Key id → base64 of 32 random bytes. Empty by default (the key file is used).</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The key id new values are encrypted with; defaults to the only key when there is one.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Where the generated key ring lives when <see cref="Keys"/> is empty; default &lt;DataDirectory&gt;/secrets.keys.json.</summary>
    public string? KeyFile { get; set; }
}
