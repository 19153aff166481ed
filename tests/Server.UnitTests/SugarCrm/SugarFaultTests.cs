using System.Diagnostics;
using System.Net;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.SugarCrm;

public sealed class SugarFaultTests : SugarRecordsTest
{
    [Fact]
    public async Task RateLimitNext_TwoRequests_Answer429WithRetryAfterThenRecover()
    {
        await TokenAsync();
        Faults.RateLimitNext(2, retryAfterSeconds: 7);

        var (first, body) = await GetAsync("/Accounts");
        var (second, _) = await GetAsync("/Accounts/count");
        var (third, _) = await GetAsync("/Accounts");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), first.Headers.RetryAfter?.Delta);
        Assert.Equal("too_many_requests", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(2, Faults.Seen(RequestKind.List));
        Assert.Equal(1, Faults.Seen(RequestKind.Count));
    }

    [Fact]
    public async Task RateLimitFor_Window_AnswersEveryRequest429UntilReset()
    {
        await TokenAsync();
        Faults.RateLimitFor(TimeSpan.FromSeconds(30));

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            responses.Add((await GetAsync("/Contacts?max_num=1")).Response);
        }

        Faults.Reset();
        var (after, _) = await GetAsync("/Contacts?max_num=1");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.InRange(responses[0].Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 30);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData(500, "fatal_error")]
    [InlineData(502, "bad_gateway")]
    [InlineData(503, "service_unavailable")]
    public async Task FailNext_Burst_AnswersTheStatusInSugarsShapeThenRecovers(int status, string error)
    {
        await TokenAsync();
        Faults.FailNext(2, status);

        var (first, body) = await GetAsync("/Leads/count");
        var (second, _) = await SendAsync(HttpMethod.Post, "/Leads", new { last_name = "Burst" });
        var (third, _) = await GetAsync("/Leads/count");

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_message").GetString()));
        Assert.Equal(status, (int)second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        // The failed create never reached the module.
        Assert.Equal(Options.RecordsPerModule, await CountAsync("Leads"));
    }

    [Fact]
    public async Task ResponseDelay_Set_HoldsEachResponseBack()
    {
        await TokenAsync();
        await GetAsync("/Accounts/count");
        Faults.ResponseDelay = TimeSpan.FromMilliseconds(400);

        var watch = Stopwatch.StartNew();
        var (response, _) = await GetAsync("/Accounts/count");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Faults_TokenEndpoint_AreSkippedUnlessIncluded()
    {
        Faults.RateLimitNext(10);

        var (skipped, _) = await SugarSandbox.PostTokenAsync(Http, SugarSandbox.PasswordGrant("one"));
        Faults.IncludeTokenEndpoint = true;
        var (included, body) = await SugarSandbox.PostTokenAsync(Http, SugarSandbox.PasswordGrant("two"));

        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, included.StatusCode);
        Assert.Equal("too_many_requests", body.GetProperty("error").GetString());
        Assert.Equal(2, Faults.Seen(RequestKind.Token));
        Assert.Equal(1, Faults.PasswordLogins);
    }

    [Fact]
    public async Task Faults_ComeBeforeTheTokenCheck()
    {
        Faults.FailNext(1, 503);

        var (response, _) = await SendAsync(HttpMethod.Get, "/Accounts", token: "");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_DataCall_Returns401HasExpiredAndOneRefreshRecovers()
    {
        Options.AccessTokenLifetime = TimeSpan.Zero;
        var (access, refresh) = await SugarSandbox.LoginAsync(Http);

        var (expired, error) = await SendAsync(HttpMethod.Get, "/Contacts?max_num=1", token: access);
        Options.AccessTokenLifetime = TimeSpan.FromHours(1);
        var (refreshed, tokens) = await SugarSandbox.PostTokenAsync(Http, SugarSandbox.RefreshGrant(refresh));
        var (retried, _) = await SendAsync(HttpMethod.Get, "/Contacts?max_num=1", token: tokens.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
        Assert.Equal("The access token provided has expired.", error.GetProperty("error_message").GetString());
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(1, Faults.TokenRefreshes);
        Assert.Equal(1, Faults.PasswordLogins);
        Assert.Equal(2, Faults.Seen(RequestKind.List));
    }

    [Fact]
    public async Task Counters_EachRouteKind_CountedSeparatelyAndReset()
    {
        await TokenAsync();
        var (_, created) = await SendAsync(HttpMethod.Post, "/Cases", new { name = "Counter probe" });
        var id = Text(created, "id");
        await GetAsync($"/Cases/{id}");
        await SendAsync(HttpMethod.Put, $"/Cases/{id}", new { status = "Closed" });
        await GetAsync("/Cases/filter/count");
        await SendAsync(HttpMethod.Post, "/Cases/filter", new { max_num = 1 });
        await SendAsync(HttpMethod.Delete, $"/Cases/{id}");
        await GetAsync("/ping");

        Assert.Equal(
            [(RequestKind.Create, 1), (RequestKind.Read, 1), (RequestKind.Update, 1), (RequestKind.Count, 1), (RequestKind.List, 1), (RequestKind.Delete, 1), (RequestKind.Other, 1), (RequestKind.Token, 1)],
            new[] { RequestKind.Create, RequestKind.Read, RequestKind.Update, RequestKind.Count, RequestKind.List, RequestKind.Delete, RequestKind.Other, RequestKind.Token }
                .Select(k => (k, Faults.Seen(k))));
        Assert.Equal(8, Faults.Counts.Requests);

        Faults.Reset();
        Assert.Equal(0, Faults.Counts.Requests);
        Assert.Equal(0, Faults.PasswordLogins);
    }
}
