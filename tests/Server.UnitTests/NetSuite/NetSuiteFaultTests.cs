using System.Diagnostics;
using System.Net;
using OpenElements.Simulators.NetSuite;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>The NetSuite simulator's faults: 429 with Retry-After, 5xx bursts, slow responses, concurrency governance.</summary>
public sealed class NetSuiteFaultTests : NetSuiteDataTest
{
    private NetSuiteFaults Faults => Service<NetSuiteFaults>();

    [Fact]
    public async Task RateLimitNext_One_Answers429NsErrorWithRetryAfterThenData()
    {
        Faults.RateLimitNext(1, retryAfterSeconds: 5);

        var (limited, error) = await SendAsync(HttpMethod.Get, "customer?limit=1");
        var (served, _) = await SendAsync(HttpMethod.Get, "customer?limit=1");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(429, error.GetProperty("status").GetInt32());
        Assert.Equal("REQUEST_LIMIT_EXCEEDED", Code(error));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(new(2, 1, 0, 0), Faults.Counts);
    }

    [Fact]
    public async Task RateLimitFor_AMinute_WritesAreRefusedToo()
    {
        Faults.RateLimitFor(TimeSpan.FromMinutes(1));

        var (response, _) = await SendAsync(HttpMethod.Post, "customer", """{"companyName":"Throttled Inc"}""");
        var total = Service<RecordStore>().Table(RecordTypes.Customer).Snapshot().Count;

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(RecordTypes.CustomerCount, total);
    }

    [Theory]
    [InlineData(500, "UNEXPECTED_ERROR")]
    [InlineData(503, "SERVICE_UNAVAILABLE")]
    public async Task FailNext_Burst_AnswersThatStatusThenRecovers(int status, string code)
    {
        Faults.FailNext(2, status);

        var (first, error) = await SendAsync(HttpMethod.Get, "contact/3001");
        var (second, _) = await SendAsync(HttpMethod.Get, "contact/3001");
        var (third, _) = await SendAsync(HttpMethod.Get, "contact/3001");

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Equal(code, Code(error));
        Assert.Equal(status, (int)second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(new(3, 0, 2, 0), Faults.Counts);
    }

    [Fact]
    public async Task ResponseDelay_Set_ResponsesTakeAtLeastThatLong()
    {
        Faults.ResponseDelay = TimeSpan.FromMilliseconds(400);

        var clock = Stopwatch.StartNew();
        var (response, _) = await SendAsync(HttpMethod.Get, "opportunity?limit=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.ElapsedMilliseconds >= 390, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task MaxConcurrentRequests_OneSlowRequestInFlight_SecondAnswers429()
    {
        Faults.MaxConcurrentRequests = 1;
        Faults.ResponseDelay = TimeSpan.FromSeconds(5);

        var slow = SendAsync(HttpMethod.Get, "customer/107");
        // Send the second only once the first holds the only slot (it then stays there for 5 s).
        for (var waited = 0; Faults.InFlight == 0 && waited < 100; waited++)
        {
            await Task.Delay(50);
        }

        var (blocked, error) = await SendAsync(HttpMethod.Get, "customer/108");
        var (served, _) = await slow;

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("CONCURRENCY_LIMIT_EXCEEDED", Code(error));
        Assert.NotNull(blocked.Headers.RetryAfter);
        Assert.Equal(new(2, 0, 0, 1), Faults.Counts);
    }

    [Fact]
    public async Task MaxConcurrentRequests_SequentialRequests_AllServed()
    {
        Faults.MaxConcurrentRequests = 1;

        for (var i = 0; i < 3; i++)
        {
            var (response, _) = await SendAsync(HttpMethod.Get, "customer?limit=1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, Faults.Counts.ConcurrencyRejected);
    }

    [Fact]
    public async Task Counts_UnsignedRequests_AreNotCounted()
    {
        using var unsigned = await Http.GetAsync(NetSuiteTest.RecordBase + "/customer");
        var (signed, _) = await SendAsync(HttpMethod.Get, "customer?limit=1");

        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(1, Faults.Counts.Requests);
    }
}
