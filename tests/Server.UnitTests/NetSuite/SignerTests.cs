using OpenElements.Server.Connectors.NetSuite;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>The client-side signers against the vectors computed in vendors.md 1.2.1 and 1.2.2.</summary>
public sealed class SignerTests
{
    internal const string VectorUrl =
        "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/customer?limit=2&offset=0&q=lastModifiedDate%20AFTER%20%221%2F1%2F2024%22";

    internal const string VectorBaseString =
        "GET&https%3A%2F%2F1234567-sb1.suitetalk.api.netsuite.com%2Fservices%2Frest%2Frecord%2Fv1%2Fcustomer&limit%3D2%26oauth_consumer_key%3Dck_test%26oauth_nonce%3Dabc123nonce%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1700000000%26oauth_token%3Dtk_test%26oauth_version%3D1.0%26offset%3D0%26q%3DlastModifiedDate%2520AFTER%2520%25221%252F1%252F2024%2522";

    internal const string VectorSignature = "mz3l7c1USyrxyXluLAnK1qyR7uUTRh7UOkqbzEOeTP0=";

    private static readonly OAuth1Signer Vector = new("ck_test", "cs_test", "tk_test", "ts_test", "1234567_SB1");

    [Fact]
    public void OAuth1Signer_DocumentVector_ReproducesBaseString()
    {
        Assert.Equal(VectorBaseString, Vector.BaseString(HttpMethod.Get, new Uri(VectorUrl), "abc123nonce", 1700000000));
    }

    [Fact]
    public void OAuth1Signer_DocumentVector_ReproducesSignature()
    {
        Assert.Equal(VectorSignature, OAuth1Signer.Sign(VectorBaseString, "cs_test", "ts_test"));
    }

    [Fact]
    public void OAuth1Signer_Header_CarriesRealmAndEncodedSignature()
    {
        var header = Vector.CreateHeader(HttpMethod.Get, new Uri(VectorUrl), "abc123nonce", 1700000000);

        Assert.Equal("OAuth", header.Scheme);
        Assert.StartsWith("realm=\"1234567_SB1\",oauth_consumer_key=\"ck_test\",oauth_token=\"tk_test\"", header.Parameter);
        Assert.Contains("oauth_signature_method=\"HMAC-SHA256\"", header.Parameter);
        Assert.EndsWith("oauth_signature=\"mz3l7c1USyrxyXluLAnK1qyR7uUTRh7UOkqbzEOeTP0%3D\"", header.Parameter);
    }

    [Fact]
    public void OAuth1Signer_HostCaseAndDefaultPort_DoNotChangeBaseString()
    {
        var shouting = new Uri(VectorUrl.Replace("https://1234567-sb1.suitetalk", "https://1234567-SB1.SuiteTalk").Replace(".com/", ".com:443/"));

        Assert.Equal(VectorBaseString, Vector.BaseString(HttpMethod.Get, shouting, "abc123nonce", 1700000000));
    }

    [Fact]
    public void OAuth1Signer_FreshHeaders_UseDifferentNonces()
    {
        var a = Vector.CreateHeader(HttpMethod.Get, new Uri(VectorUrl), TimeProvider.System).Parameter!;
        var b = Vector.CreateHeader(HttpMethod.Get, new Uri(VectorUrl), TimeProvider.System).Parameter!;

        Assert.NotEqual(Nonce(a), Nonce(b));
        Assert.Matches("^[A-Za-z0-9]{32}$", Nonce(a));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("1/1/2024", "1%2F1%2F2024")]
    [InlineData("-._~", "-._~")]
    [InlineData("é+*", "%C3%A9%2B%2A")]
    public void OAuth1Signer_Encode_FollowsRfc3986(string value, string encoded)
    {
        Assert.Equal(encoded, OAuth1Signer.Encode(value));
    }

    [Fact]
    public void TokenPassportSigner_DocumentVector_ReproducesSignature()
    {
        var signature = TokenPassportSigner.Sign("1234567_SB1", "ck_test", "tk_test", "abc123nonce", 1700000000, "cs_test", "ts_test");

        Assert.Equal("BJgqW8kNCBqbwgQG5vYzvfiCiNZg8dstHUXl0/y54Qc=", signature);
    }

    [Theory]
    [InlineData("1234567_SB1")]
    [InlineData("1234567-sb1")]
    [InlineData(" 1234567-SB1 ")]
    public void NetSuiteAccount_EitherSpelling_DerivesBothForms(string accountId)
    {
        var account = NetSuiteAccount.Parse(accountId);

        Assert.Equal("1234567_SB1", account.Realm);
        Assert.Equal("1234567-sb1.suitetalk.api.netsuite.com", account.SuiteTalkHost);
        Assert.Equal("https://1234567-sb1.suitetalk.api.netsuite.com/services/NetSuitePort_2016_2", account.SoapEndpoint.ToString());
    }

    [Fact]
    public void NetSuiteAccount_NotAHostLabel_IsAnUnknownHost()
    {
        var e = Assert.Throws<OpenElements.Server.Connectors.VendorUnreachableException>(() => NetSuiteAccount.Parse("evil.com/x"));

        Assert.Equal(OpenElements.Server.Connectors.UnreachableKind.UnknownHost, e.Kind);
    }

    private static string Nonce(string parameter) =>
        parameter.Split(',').Single(p => p.StartsWith("oauth_nonce=", StringComparison.Ordinal))["oauth_nonce=\"".Length..^1];
}
