using System.Diagnostics;
using System.Net;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.ConnectWise;

public sealed class ConnectWiseFaultTests : ConnectWiseDataTest
{
    [Fact]
    public async Task RateLimitNext_TwoRequests_Answer429WithRetryAfterThenRecover()
    {
        Faults.RateLimitNext(2, retryAfterSeconds: 12);

        var (first, body) = await GetAsync("/company/companies?pageSize=1");
        var (second, _) = await GetAsync("/service/tickets/1");
        var (third, _) = await GetAsync("/company/companies?pageSize=1");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(12), first.Headers.RetryAfter?.Delta);
        Assert.Equal("TooManyRequests", body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(2, Faults.Seen(RequestKind.List));
        Assert.Equal(1, Faults.Seen(RequestKind.Read));
    }

    [Fact]
    public async Task RateLimitFor_Window_AnswersEveryRequest429UntilReset()
    {
        Faults.RateLimitFor(TimeSpan.FromMinutes(1));

        var (first, _) = await GetAsync("/service/tickets/count");
        var (second, _) = await SendAsync(HttpMethod.Post, "/company/companies", new { identifier = "X", name = "X" });
        Faults.Reset();
        var (after, _) = await GetAsync("/service/tickets/count");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.InRange(first.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(Options.RecordsPerResource, (await GetAsync("/company/companies/count")).Body.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData(500, "UnexpectedError")]
    [InlineData(503, "ServiceUnavailable")]
    public async Task FailNext_Burst_AnswersTheStatusInConnectWisesShapeThenRecovers(int status, string code)
    {
        Faults.FailNext(3, status);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((int)(await GetAsync("/company/contacts?pageSize=1")).Response.StatusCode);
        }

        Faults.FailNext(1, status);
        var (_, body) = await GetAsync("/company/contacts/count");

        Assert.Equal([status, status, status, 200], statuses);
        Assert.Equal(code, body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ResponseDelay_Set_HoldsEachResponseBack()
    {
        await GetAsync("/system/info");
        Faults.ResponseDelay = TimeSpan.FromMilliseconds(400);

        var watch = Stopwatch.StartNew();
        var (response, _) = await GetAsync("/system/info");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Faults_ComeBeforeTheCredentialCheck_AndLeaveCompanyInfoAlone()
    {
        Faults.RateLimitNext(5);

        var (rest, _) = await SendAsync(HttpMethod.Get, "/system/info", password: "wrong");
        using var info = await Http.GetAsync($"https://{ConnectWiseSandbox.Host}/login/companyinfo/{ConnectWiseSandbox.Company}");

        Assert.Equal(HttpStatusCode.TooManyRequests, rest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
    }

    [Fact]
    public async Task Counters_EachRouteKind_CountedSeparately()
    {
        var (_, created) = await SendAsync(HttpMethod.Post, "/company/companies", new { identifier = "Counter", name = "Counter" });
        var id = created.GetProperty("id").GetInt32();
        await SendAsync(HttpMethod.Patch, $"/company/companies/{id}", new[] { new { op = "replace", path = "city", value = "Reno" } });
        await SendAsync(HttpMethod.Put, $"/company/companies/{id}", new { identifier = "Counter", name = "Counter" });
        await GetAsync($"/company/companies/{id}");
        await GetAsync("/company/companies/count");
        await GetAsync("/company/companies?pageSize=1");
        await SendAsync(HttpMethod.Delete, $"/company/companies/{id}");

        Assert.Equal(1, Faults.Seen(RequestKind.Create));
        Assert.Equal(2, Faults.Seen(RequestKind.Update));
        Assert.Equal(1, Faults.Seen(RequestKind.Read));
        Assert.Equal(1, Faults.Seen(RequestKind.Count));
        Assert.Equal(1, Faults.Seen(RequestKind.List));
        Assert.Equal(1, Faults.Seen(RequestKind.Delete));
        Assert.Equal(7, Faults.Counts.Requests);
    }
}
