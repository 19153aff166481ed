using System.Security.Cryptography;
using System.Text;

namespace OpenElements.Server.Auth;

/// <summary>
/// Secrets and Element tokens are stored as SHA-256 digests. They are random (≥ 128 bits) when we
/// make them, so a fast digest is enough and keeps lookups indexable; comparisons are constant-time.
/// </summary>
public static class SecretHash
{
    public static byte[] Of(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string secret, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Of(secret), storedHash);

    /// <summary>A new random secret or token: 256 bits, base64 like the platform's tokens.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
