using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenElements.Server.Data;

namespace OpenElements.Server.Security;

/// <summary>
/// Encrypts secret configuration values with AES-256-GCM. The layout is
/// <c>[1: format][1: key id length][key id][12: nonce][16: tag][ciphertext]</c>, and the config key is
/// bound in as associated data, so a ciphertext copied onto another key does not decrypt.
/// </summary>
public sealed class SecretProtector
{
    private const byte Format = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;

    public SecretProtector(IOptions<SecretsOptions> options, IConfiguration configuration)
    {
        var o = options.Value;
        _keys = o.Keys.Count > 0
            ? o.Keys.ToDictionary(k => k.Key, k => DecodeKey(k.Key, k.Value))
            : LoadOrCreateKeyFile(o.KeyFile ?? Path.Combine(DataDirectory.Resolve(configuration), "secrets.keys.json"));
        _activeKeyId = o.ActiveKeyId ?? (_keys.Count == 1 ? _keys.Keys.Single()
            : throw new InvalidOperationException("Secrets:ActiveKeyId must name one of Secrets:Keys when there are several."));
        if (!_keys.ContainsKey(_activeKeyId))
        {
            throw new InvalidOperationException($"Secrets:ActiveKeyId '{_activeKeyId}' is not among Secrets:Keys.");
        }
    }

    public byte[] Protect(string purpose, string plaintext)
    {
        var id = Encoding.ASCII.GetBytes(_activeKeyId);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[2 + id.Length + NonceSize + TagSize + plain.Length];
        output[0] = Format;
        output[1] = (byte)id.Length;
        id.CopyTo(output, 2);
        var nonce = output.AsSpan(2 + id.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var tag = output.AsSpan(2 + id.Length + NonceSize, TagSize);
        var cipher = output.AsSpan(2 + id.Length + NonceSize + TagSize);
        using var aes = new AesGcm(_keys[_activeKeyId], TagSize);
        aes.Encrypt(nonce, plain, cipher, tag, Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    public string Unprotect(string purpose, byte[] data)
    {
        if (data.Length < 2 || data[0] != Format || data.Length < 2 + data[1] + NonceSize + TagSize)
        {
            throw new CryptographicException("Unknown or truncated secret format.");
        }

        var idLength = data[1];
        var id = Encoding.ASCII.GetString(data, 2, idLength);
        if (!_keys.TryGetValue(id, out var key))
        {
            throw new CryptographicException($"Secret was encrypted with key '{id}', which is not configured.");
        }

        var offset = 2 + idLength;
        var nonce = data.AsSpan(offset, NonceSize);
        var tag = data.AsSpan(offset + NonceSize, TagSize);
        var cipher = data.AsSpan(offset + NonceSize + TagSize);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, cipher, tag, plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>True when a value was encrypted with an older key and should be rewritten.</summary>
    public bool NeedsRotation(byte[] data) =>
        data.Length >= 2 + data[1] && Encoding.ASCII.GetString(data, 2, data[1]) != _activeKeyId;

    private static byte[] DecodeKey(string id, string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"Secrets:Keys:{id} must be 32 bytes (base64).");
    }

    private static Dictionary<string, byte[]> LoadOrCreateKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            var ring = new Dictionary<string, string> { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: two processes racing on first start must not overwrite each other's key.
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                JsonSerializer.Serialize(stream, ring);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Lost the race: use the winner's key.
            }
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"Key file {path} is empty.");
        return stored.ToDictionary(k => k.Key, k => DecodeKey(k.Key, k.Value));
    }
}
