using System.Xml.Linq;
using OpenElements.Simulators.NetSuite;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>The simulator's TBA and TokenPassport verifiers, without HTTP, on the document vectors.</summary>
public sealed class VerifierTests
{
    private const string Host = "1234567-sb1.suitetalk.api.netsuite.com";
    private const string Target = "/services/rest/record/v1/customer?limit=2&offset=0&q=lastModifiedDate%20AFTER%20%221%2F1%2F2024%22";

    private static readonly TbaCredentials VectorCredentials = new("ck_test", "cs_test", "tk_test", "ts_test", "1234567_SB1");

    private readonly ManualTime _time = new(DateTimeOffset.FromUnixTimeSeconds(1700000000));
    private readonly NetSuiteSimulatorOptions _options = new();

    private OAuth1Verifier Verifier(NonceRegistry? nonces = null) => new(VectorCredentials, nonces ?? new NonceRegistry(_time), _time, _options);

    private static string Header(string signature = "mz3l7c1USyrxyXluLAnK1qyR7uUTRh7UOkqbzEOeTP0%3D", string method = "HMAC-SHA256", string realm = "1234567_SB1") =>
        $"OAuth realm=\"{realm}\",oauth_consumer_key=\"ck_test\",oauth_token=\"tk_test\",oauth_signature_method=\"{method}\",oauth_timestamp=\"1700000000\",oauth_nonce=\"abc123nonce\",oauth_version=\"1.0\",oauth_signature=\"{signature}\"";

    [Fact]
    public void OAuth1Verifier_DocumentVector_RebuildsBaseString()
    {
        var header = new Dictionary<string, string>
        {
            ["oauth_consumer_key"] = "ck_test", ["oauth_token"] = "tk_test", ["oauth_signature_method"] = "HMAC-SHA256",
            ["oauth_timestamp"] = "1700000000", ["oauth_nonce"] = "abc123nonce", ["oauth_version"] = "1.0", ["oauth_signature"] = "x",
        };

        var baseString = OAuth1Verifier.BaseString("GET", OAuth1Verifier.BaseUri(Host + ":443", Target), OAuth1Verifier.ParametersOf(header, Target));

        Assert.Equal(SignerTests.VectorBaseString, baseString);
    }

    [Fact]
    public void OAuth1Verifier_DocumentVector_Accepted()
    {
        var verdict = Verifier().Verify("GET", Host, Target, Header());

        Assert.Equal(TbaOutcome.Accepted, verdict.Outcome);
    }

    [Fact]
    public void OAuth1Verifier_TamperedSignature_Rejected()
    {
        var verdict = Verifier().Verify("GET", Host, Target, Header(signature: "nz3l7c1USyrxyXluLAnK1qyR7uUTRh7UOkqbzEOeTP0%3D"));

        Assert.Equal(TbaOutcome.Rejected, verdict.Outcome);
        Assert.Equal("signature mismatch", verdict.Reason);
    }

    [Fact]
    public void OAuth1Verifier_TamperedQuery_Rejected()
    {
        var verdict = Verifier().Verify("GET", Host, Target.Replace("limit=2", "limit=3"), Header());

        Assert.Equal("signature mismatch", verdict.Reason);
    }

    [Fact]
    public void OAuth1Verifier_SameNonceTwice_SecondRejected()
    {
        var verifier = Verifier();

        Assert.Equal(TbaOutcome.Accepted, verifier.Verify("GET", Host, Target, Header()).Outcome);
        var replay = verifier.Verify("GET", Host, Target, Header());

        Assert.Equal(TbaOutcome.Rejected, replay.Outcome);
        Assert.Equal("nonce already used", replay.Reason);
    }

    [Theory]
    [InlineData(-301, TbaOutcome.Rejected)]
    [InlineData(-299, TbaOutcome.Accepted)]
    [InlineData(299, TbaOutcome.Accepted)]
    [InlineData(301, TbaOutcome.Rejected)]
    public void OAuth1Verifier_ClockSkew_FiveMinuteWindow(int serverAheadBySeconds, TbaOutcome expected)
    {
        _time.Now = DateTimeOffset.FromUnixTimeSeconds(1700000000 + serverAheadBySeconds);

        Assert.Equal(expected, Verifier().Verify("GET", Host, Target, Header()).Outcome);
    }

    [Fact]
    public void OAuth1Verifier_HmacSha1_Rejected()
    {
        Assert.Equal(TbaOutcome.Rejected, Verifier().Verify("GET", Host, Target, Header(method: "HMAC-SHA1")).Outcome);
    }

    [Fact]
    public void OAuth1Verifier_OtherRealm_Rejected()
    {
        Assert.Equal(TbaOutcome.Rejected, Verifier().Verify("GET", Host, Target, Header(realm: "7654321")).Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer abc")]
    [InlineData("OAuth realm=1234567_SB1")]
    [InlineData("OAuth realm=\"1234567_SB1\",oauth_consumer_key=\"ck_test\"")]
    public void OAuth1Verifier_MalformedHeader_Malformed(string? header)
    {
        Assert.Equal(TbaOutcome.Malformed, Verifier().Verify("GET", Host, Target, header).Outcome);
    }

    [Fact]
    public void TokenPassportVerifier_DocumentVector_Accepted()
    {
        var verifier = new TokenPassportVerifier(VectorCredentials, new NonceRegistry(_time), _time, _options);

        Assert.Null(verifier.Verify(TokenPassport("BJgqW8kNCBqbwgQG5vYzvfiCiNZg8dstHUXl0/y54Qc=")));
    }

    [Fact]
    public void TokenPassportVerifier_TamperedSignature_Rejected()
    {
        var verifier = new TokenPassportVerifier(VectorCredentials, new NonceRegistry(_time), _time, _options);

        Assert.Equal("signature mismatch", verifier.Verify(TokenPassport("CJgqW8kNCBqbwgQG5vYzvfiCiNZg8dstHUXl0/y54Qc=")));
    }

    [Fact]
    public void TokenPassportVerifier_ReplayedNonce_Rejected()
    {
        var verifier = new TokenPassportVerifier(VectorCredentials, new NonceRegistry(_time), _time, _options);

        Assert.Null(verifier.Verify(TokenPassport("BJgqW8kNCBqbwgQG5vYzvfiCiNZg8dstHUXl0/y54Qc=")));
        Assert.Equal("nonce already used", verifier.Verify(TokenPassport("BJgqW8kNCBqbwgQG5vYzvfiCiNZg8dstHUXl0/y54Qc=")));
    }

    // The Oracle doc sample's layout: children under the messages prefix (the XSD says core; both are accepted).
    private static XElement TokenPassport(string signature)
    {
        XNamespace ns = "urn:messages_2016_2.platform.webservices.netsuite.com";
        return new XElement(ns + "tokenPassport",
            new XElement(ns + "account", "1234567_SB1"),
            new XElement(ns + "consumerKey", "ck_test"),
            new XElement(ns + "token", "tk_test"),
            new XElement(ns + "nonce", "abc123nonce"),
            new XElement(ns + "timestamp", "1700000000"),
            new XElement(ns + "signature", new XAttribute("algorithm", "HMAC-SHA256"), signature));
    }
}
