using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.IntegrationTests.Infrastructure;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>
/// Fault tests share one server and simulator (<see cref="FaultCollection"/>): each test starts and ends
/// with the vendor's switches reset, so a fault never leaks into the next test. The rate-limit tests here
/// run for every vendor that derives from it.
/// </summary>
public abstract class FaultTestBase<TFaults>(FaultServerFactory server) : IAsyncLifetime
    where TFaults : SimulatorFaults
{
    protected FaultServerFactory Server { get; } = server;

    protected TFaults Faults => Server.Simulators.Services.GetRequiredService<TFaults>();

    public Task InitializeAsync()
    {
        Faults.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Faults.Reset();
        return Task.CompletedTask;
    }

    /// <summary>The vendor's element key.</summary>
    protected abstract string ElementKey { get; }

    /// <summary>A hub list of the vendor's (its first vendor GET is the one a fault hits).</summary>
    protected abstract string ListPath { get; }

    /// <summary>The auth type whose instances reach the hubs, when it is not the element's default.</summary>
    protected virtual string? AuthType => null;

    [Fact]
    public async Task RateLimit_WithAShortRetryAfter_IsWaitedOutAndTheCallSucceeds()
    {
        var hub = await HubClient.ProvisionAsync(Server, ElementKey, AuthType);
        Faults.RateLimitNext(1, retryAfterSeconds: 1);
        var started = DateTime.UtcNow;
        var result = await Json.GetAsync(hub.Http, ListPath);
        Assert.True(result.Status == 200, result.Text);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the vendor's Retry-After was honoured");
        Assert.Equal(1, Faults.Counts.RateLimited);
    }

    [Fact]
    public async Task RateLimit_WithARetryAfterBeyondTheBound_Returns429WithTheVendorsRetryAfterWithoutWaiting()
    {
        var hub = await HubClient.ProvisionAsync(Server, ElementKey, AuthType);
        Faults.RateLimitNext(5, retryAfterSeconds: 60);
        using var response = await hub.Http.GetAsync(ListPath);
        Assert.Equal(429, (int)response.StatusCode);
        // The client hears when to come back, as the vendor said it.
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.Equal(1, Faults.Counts.RateLimited);
    }
}
