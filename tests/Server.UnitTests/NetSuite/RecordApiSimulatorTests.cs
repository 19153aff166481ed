using System.Net;
using System.Text.Json;
using OpenElements.Server.Connectors.NetSuite;
using OpenElements.Simulators.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>The simulated REST record API over real HTTP, addressed by the real vendor URLs.</summary>
public sealed class RecordApiSimulatorTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private static OAuth1Signer Signer(string? tokenSecret = null) =>
        new(Tba["consumer_key"], Tba["consumer_secret"], Tba["token_id"], tokenSecret ?? Tba["token_secret"], "1234567_SB1");

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string relative, OAuth1Signer? signer = null, string? nonce = null, long? timestamp = null)
    {
        var uri = new Uri($"{RecordBase}/{relative}");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = (signer ?? Signer()).CreateHeader(HttpMethod.Get, uri,
            nonce ?? OAuth1Signer.NewNonce(), timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return await SendAsync(request);
    }

    private async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(HttpRequestMessage request)
    {
        var response = await fixture.Http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, json.RootElement.Clone());
    }

    [Fact]
    public async Task CustomerList_SignedWithSandboxToken_ReturnsReferencesAndPaging()
    {
        var (response, json) = await GetAsync("customer?limit=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, json.GetProperty("count").GetInt32());
        Assert.True(json.GetProperty("hasMore").GetBoolean());
        Assert.Equal(0, json.GetProperty("offset").GetInt32());
        Assert.Equal(RecordTypes.CustomerCount, json.GetProperty("totalResults").GetInt32());
        var first = json.GetProperty("items")[0];
        Assert.Equal("107", first.GetProperty("id").GetString());
        Assert.Equal($"{RecordBase}/customer/107", first.GetProperty("links")[0].GetProperty("href").GetString());
        // References only: the collection never inlines record fields.
        Assert.False(first.TryGetProperty("companyName", out _));
        Assert.Equal($"{RecordBase}/customer?limit=2&offset=2", Link(json, "next"));
        Assert.Equal($"{RecordBase}/customer?limit=2&offset={RecordTypes.CustomerCount - 2}", Link(json, "last"));
    }

    [Fact]
    public async Task CustomerList_LastPage_HasNoMoreAndLinksBack()
    {
        var (_, json) = await GetAsync($"customer?limit=4&offset={RecordTypes.CustomerCount - 2}");

        Assert.Equal(2, json.GetProperty("count").GetInt32());
        Assert.False(json.GetProperty("hasMore").GetBoolean());
        Assert.Null(Link(json, "next"));
        Assert.Equal($"{RecordBase}/customer?limit=4&offset={RecordTypes.CustomerCount - 6}", Link(json, "prev"));
        Assert.Equal([$"{105 + RecordTypes.CustomerCount}", $"{106 + RecordTypes.CustomerCount}"],
            json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray());
    }

    [Fact]
    public async Task CustomerList_LimitAboveMaximum_Returns400()
    {
        var (response, json) = await GetAsync("customer?limit=1001");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("limit", json.GetProperty("o:errorDetails")[0].GetProperty("o:errorQueryParam").GetString());
    }

    [Fact]
    public async Task CustomerList_PercentEncodedQuery_SignatureSurvivesTheWire()
    {
        // A 200 (not a 401) proves the encoded query verified; every seeded customer was modified after 2024.
        var (response, json) = await GetAsync("customer?limit=2&q=lastModifiedDate%20AFTER%20%221%2F1%2F2024%22");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RecordTypes.CustomerCount, json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task Customer_ById_ReturnsRecord()
    {
        var (response, json) = await GetAsync("customer/108");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("108", json.GetProperty("id").GetString());
        Assert.Equal(RecordSeed.CustomerName(1), json.GetProperty("companyName").GetString());
        Assert.Equal($"{RecordBase}/customer/108", json.GetProperty("links")[0].GetProperty("href").GetString());
    }

    [Fact]
    public async Task Customer_UnknownId_Returns404NonexistentId()
    {
        var (response, json) = await GetAsync("customer/99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NONEXISTENT_ID", json.GetProperty("o:errorDetails")[0].GetProperty("o:errorCode").GetString());
    }

    [Fact]
    public async Task CustomerList_WrongTokenSecret_Returns401InvalidLogin()
    {
        var (response, json) = await GetAsync("customer?limit=1", Signer(tokenSecret: "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, json.GetProperty("status").GetInt32());
        var detail = json.GetProperty("o:errorDetails")[0];
        Assert.Equal("INVALID_LOGIN", detail.GetProperty("o:errorCode").GetString());
        Assert.Equal("Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",
            detail.GetProperty("detail").GetString());
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task CustomerList_ReplayedNonce_SecondRequestRefused()
    {
        var nonce = OAuth1Signer.NewNonce();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var (first, _) = await GetAsync("customer?limit=1", nonce: nonce, timestamp: now);
        var (replay, json) = await GetAsync("customer?limit=1", nonce: nonce, timestamp: now);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("INVALID_LOGIN", json.GetProperty("o:errorDetails")[0].GetProperty("o:errorCode").GetString());
    }

    [Fact]
    public async Task CustomerList_TimestampTenMinutesOld_Returns401()
    {
        var (response, _) = await GetAsync("customer?limit=1", timestamp: DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CustomerList_NoAuthorization_Returns400InvalidRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{RecordBase}/customer");

        var (response, _) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error=\"invalid_request\"", response.Headers.WwwAuthenticate.ToString());
    }

    private static string? Link(JsonElement json, string rel) =>
        json.GetProperty("links").EnumerateArray().FirstOrDefault(l => l.GetProperty("rel").GetString() == rel) is { ValueKind: JsonValueKind.Object } l
            ? l.GetProperty("href").GetString()
            : null;
}
