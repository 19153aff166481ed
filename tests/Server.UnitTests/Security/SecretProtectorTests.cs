using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OpenElements.Server.Security;

namespace OpenElements.Server.UnitTests.Security;

public sealed class SecretProtectorTests : IDisposable
{
    private static readonly string Key1 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string Key2 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly string _temp = Directory.CreateTempSubdirectory("secret-protector-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("user.password", "s3cret")]
    [InlineData("oauth.api.secret", "")]
    [InlineData("token_secret", "ünïcødé ✓ and a long tail 0123456789012345678901234567890123456789")]
    public void Protect_ThenUnprotect_RoundTrips(string purpose, string plaintext)
    {
        var protector = Create(new() { ["k1"] = Key1 });

        var restored = protector.Unprotect(purpose, protector.Protect(purpose, plaintext));

        Assert.Equal(plaintext, restored);
    }

    [Fact]
    public void Protect_SameValueTwice_CiphertextsDiffer()
    {
        var protector = Create(new() { ["k1"] = Key1 });

        var first = protector.Protect("user.password", "same");
        var second = protector.Protect("user.password", "same");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Protect_Output_DoesNotContainPlaintext()
    {
        var protector = Create(new() { ["k1"] = Key1 });

        var data = protector.Protect("user.password", "plain-secret-value");

        Assert.Equal(-1, data.AsSpan().IndexOf("plain-secret-value"u8));
    }

    [Fact]
    public void Unprotect_OtherPurpose_Throws()
    {
        // The config key is the associated data: a value copied onto another key must not decrypt.
        var protector = Create(new() { ["k1"] = Key1 });
        var data = protector.Protect("user.password", "s3cret");

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("consumer_secret", data));
    }

    [Theory]
    [InlineData(0)]   // format byte
    [InlineData(2)]   // key id ("k1" is bytes 2..3)
    [InlineData(4)]   // first nonce byte
    [InlineData(16)]  // tag
    [InlineData(-1)]  // last ciphertext byte
    public void Unprotect_TamperedByte_Throws(int index)
    {
        var protector = Create(new() { ["k1"] = Key1 });
        var data = protector.Protect("user.password", "s3cret");
        data[index < 0 ? data.Length + index : index] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("user.password", data));
    }

    [Fact]
    public void Unprotect_SameKeyIdOtherKeyMaterial_Throws()
    {
        var data = Create(new() { ["k1"] = Key1 }).Protect("user.password", "s3cret");

        Assert.ThrowsAny<CryptographicException>(() => Create(new() { ["k1"] = Key2 }).Unprotect("user.password", data));
    }

    [Fact]
    public void Unprotect_UnknownKeyId_CryptographicExceptionNamingIt()
    {
        var data = Create(new() { ["old-key"] = Key1 }).Protect("user.password", "s3cret");

        var e = Assert.Throws<CryptographicException>(() => Create(new() { ["k1"] = Key1 }).Unprotect("user.password", data));

        Assert.Contains("'old-key'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_ActiveKeySwitched_OldValueDecryptsAndNeedsRotation()
    {
        var keys = new Dictionary<string, string> { ["k1"] = Key1, ["k2"] = Key2 };
        var before = Create(keys, activeKeyId: "k1");
        var old = before.Protect("user.password", "s3cret");
        Assert.False(before.NeedsRotation(old));

        var after = Create(keys, activeKeyId: "k2");

        Assert.Equal("s3cret", after.Unprotect("user.password", old));
        Assert.True(after.NeedsRotation(old));
        var rewritten = after.Protect("user.password", "s3cret");
        Assert.False(after.NeedsRotation(rewritten));
        // The rewritten value no longer needs k1.
        Assert.Equal("s3cret", Create(new() { ["k2"] = Key2 }).Unprotect("user.password", rewritten));
    }

    [Fact]
    public void Constructor_SeveralKeysWithoutActive_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Create(new() { ["k1"] = Key1, ["k2"] = Key2 }));
    }

    [Fact]
    public void Constructor_ActiveKeyNotConfigured_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Create(new() { ["k1"] = Key1 }, activeKeyId: "k3"));

        Assert.Contains("'k3'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeyNot32Bytes_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Create(new() { ["short"] = Convert.ToBase64String(new byte[16]) }));

        Assert.Contains("short", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFile_NoKeysConfigured_CreatedPrivateAndReused()
    {
        var keyFile = Path.Combine(_temp, "not-yet", "secrets.keys.json");

        var first = Create([], keyFile: keyFile);
        var data = first.Protect("user.password", "s3cret");

        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        var ring = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(keyFile))!;
        Assert.Equal(32, Convert.FromBase64String(Assert.Single(ring).Value).Length);
        var written = File.ReadAllText(keyFile);

        var second = Create([], keyFile: keyFile);

        Assert.Equal("s3cret", second.Unprotect("user.password", data));
        Assert.False(second.NeedsRotation(data));
        Assert.Equal(written, File.ReadAllText(keyFile));
    }

    [Fact]
    public void KeyFile_NotSet_CreatedInDataDirectory()
    {
        var dataDirectory = Path.Combine(_temp, "data");

        var protector = Create([], configuration: new() { ["DataDirectory"] = dataDirectory });

        Assert.True(File.Exists(Path.Combine(dataDirectory, "secrets.keys.json")));
        Assert.Equal("x", protector.Unprotect("k", protector.Protect("k", "x")));
    }

    [Fact]
    public void KeyFile_KeysConfigured_NotCreated()
    {
        var keyFile = Path.Combine(_temp, "secrets.keys.json");

        Create(new() { ["k1"] = Key1 }, keyFile: keyFile);

        Assert.False(File.Exists(keyFile));
    }

    [Fact]
    public void Unprotect_TruncatedData_ThrowsCryptographicException()
    {
        var protector = Create(new() { ["k1"] = Key1 });
        var data = protector.Protect("password", "hunter2");
        Assert.Throws<CryptographicException>(() => protector.Unprotect("password", data[..10]));
    }

    private static SecretProtector Create(
        Dictionary<string, string> keys, string? activeKeyId = null, string? keyFile = null, Dictionary<string, string?>? configuration = null)
    {
        var options = Options.Create(new SecretsOptions { Keys = keys, ActiveKeyId = activeKeyId, KeyFile = keyFile });
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build();
        return new SecretProtector(options, config);
    }
}
