using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using OpenElements.Server.Auth;

namespace OpenElements.Server.UnitTests.Auth;

public class SecretHashTests
{
    [Fact]
    public void Of_KnownInput_IsSha256OfUtf8()
    {
        // FIPS 180-2 test vector for "abc", and a non-ASCII input to pin UTF-8.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(SecretHash.Of("abc")));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("é"u8)), Convert.ToHexStringLower(SecretHash.Of("é")));
    }

    [Fact]
    public void Matches_SameSecret_True()
    {
        var secret = SecretHash.NewToken();

        Assert.True(SecretHash.Matches(secret, SecretHash.Of(secret)));
    }

    [Theory]
    [InlineData("s3cret", "s3cret ")]
    [InlineData("s3cret", "S3cret")]
    [InlineData("s3cret", "")]
    public void Matches_DifferentSecret_False(string stored, string presented)
    {
        Assert.False(SecretHash.Matches(presented, SecretHash.Of(stored)));
    }

    [Fact]
    public void Matches_StoredHashOfOtherLength_FalseWithoutThrowing()
    {
        var truncated = SecretHash.Of("s3cret")[..16];

        Assert.False(SecretHash.Matches("s3cret", truncated));
        Assert.False(SecretHash.Matches("s3cret", []));
    }

    [Fact]
    public void Matches_Comparison_UsesFixedTimeEquals()
    {
        // A timing test cannot tell 32-byte comparisons apart next to a SHA-256, so this checks the
        // method body instead: it must call CryptographicOperations.FixedTimeEquals, not SequenceEqual.
        var calls = CalledMethods(typeof(SecretHash).GetMethod(nameof(SecretHash.Matches))!);

        Assert.Contains(calls, m => m.DeclaringType == typeof(CryptographicOperations) && m.Name == nameof(CryptographicOperations.FixedTimeEquals));
        Assert.DoesNotContain(calls, m => m.Name is "SequenceEqual" or "Equals");
    }

    [Fact]
    public void NewToken_Decoded_AtLeast128Bits()
    {
        var bytes = Convert.FromBase64String(SecretHash.NewToken());

        Assert.True(bytes.Length >= 16, $"{bytes.Length * 8} bits");
    }

    [Fact]
    public void NewToken_ManyCalls_AllDistinct()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SecretHash.NewToken()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Methods a method's IL calls (call/callvirt operands that resolve).</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var result = new List<MethodBase>();
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value)
            {
                continue;
            }

            try
            {
                if (method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is { } called)
                {
                    result.Add(called);
                }
            }
            catch (ArgumentException)
            {
                // Not a call opcode after all, just an operand byte that looks like one.
            }
        }

        return result;
    }
}
