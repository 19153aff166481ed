using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

/// <summary>The Oracle simulator's fault switches (429, 5xx, slow responses) and its request counter.</summary>
public sealed class OracleFaultTests : OracleDataTest
{
    private OracleFaults Faults => Service<OracleFaults>();

    [Fact]
    public async Task RateLimitNext_Two_TwoAnswers429WithRetryAfterThenData()
    {
        Faults.RateLimitNext(2, retryAfterSeconds: 7);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await SendAsync(HttpMethod.Get, Resource("accounts?limit=1"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
                Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
        Assert.Equal(new(3, 2, 0, 0), Faults.Counts);
    }

    [Fact]
    public async Task RateLimitFor_AMinute_EveryRequestRefusedUntilReset()
    {
        Faults.RateLimitFor(TimeSpan.FromMinutes(1), retryAfterSeconds: 60);

        for (var i = 0; i < 4; i++)
        {
            using var refused = await SendAsync(HttpMethod.Get, Resource("contacts/CDRM_100001"));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        Faults.Reset();
        using var served = await SendAsync(HttpMethod.Get, Resource("contacts/CDRM_100001"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(1, Faults.Counts.Requests);
    }

    [Fact]
    public async Task RateLimit_Framework4_BodyIsAdfJson()
    {
        Faults.RateLimitNext(1);

        using var response = await SendAsync(HttpMethod.Get, Resource("accounts"), framework: 4);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("429", json.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task FailNext_Burst_AnswersThatStatusThenRecovers(int status)
    {
        Faults.FailNext(2, status);

        using var first = await SendAsync(HttpMethod.Post, Resource("accounts"), """{"OrganizationName":"Never Stored"}""");
        using var second = await SendAsync(HttpMethod.Get, Resource("accounts"));
        using var third = await SendAsync(HttpMethod.Get, Resource($"accounts?q={Uri.EscapeDataString("OrganizationName='Never Stored'")}&totalResults=true"));

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Equal(status, (int)second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        // The failed POST must not have written anything.
        Assert.Equal(0, JsonDocument.Parse(await third.Content.ReadAsStringAsync()).RootElement.GetProperty("totalResults").GetInt32());
        Assert.Equal(new(3, 0, 2, 0), Faults.Counts);
    }

    [Fact]
    public async Task ResponseDelay_Set_ResponsesTakeAtLeastThatLong()
    {
        Faults.ResponseDelay = TimeSpan.FromMilliseconds(400);

        var clock = Stopwatch.StartNew();
        using var response = await SendAsync(HttpMethod.Get, Resource("leads?limit=1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.ElapsedMilliseconds >= 390, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Counts_VersionListAndRefusedCredentials_AreNotDataRequests()
    {
        using var versions = await SendAsync(HttpMethod.Get, $"https://{Sandbox["site.url"]}/crmRestApi/resources/");
        using var anonymous = await Http.GetAsync(Resource("accounts"));
        using var data = await SendAsync(HttpMethod.Get, Resource("accounts?limit=1"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(1, Faults.Counts.Requests);
    }

    [Fact]
    public async Task Seen_EachRouteKind_CountedSeparately()
    {
        using var list = await SendAsync(HttpMethod.Get, Resource("contacts?limit=1"));
        using var read = await SendAsync(HttpMethod.Get, Resource("contacts/CDRM_100001"));
        using var update = await SendAsync(HttpMethod.Patch, Resource("contacts/CDRM_100001"), """{"JobTitle":"Buyer"}""");
        using var delete = await SendAsync(HttpMethod.Delete, Resource("contacts/CDRM_100002"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { list, read, update }.Select(r => r.StatusCode));
        Assert.True(delete.IsSuccessStatusCode, $"{(int)delete.StatusCode}");
        Assert.Equal([1, 1, 1, 1, 0], new[] { RequestKind.List, RequestKind.Read, RequestKind.Update, RequestKind.Delete, RequestKind.Other }.Select(Faults.Seen));
        Assert.Equal(4, Faults.Counts.Requests);
    }
}
