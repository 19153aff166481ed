using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.Data;
using OpenElements.Server.Instances;
using OpenElements.Simulators.SugarCrm;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>Expired vendor tokens: refreshed once for everyone, the calls replayed, the new token kept.</summary>
[Collection(FaultCollection.Name)]
public sealed class TokenRefreshTests(FaultServerFactory server)
{
    [Fact]
    public async Task FiftyConcurrentCalls_OnAnExpiredSugarToken_CauseExactlyOneRefreshAndAllSucceed()
    {
        var options = server.Simulators.Services.GetRequiredService<SugarCrmSimulatorOptions>();
        var faults = server.Simulators.Services.GetRequiredService<SugarCrmFaults>();
        var lifetime = options.AccessTokenLifetime;
        try
        {
            options.AccessTokenLifetime = TimeSpan.FromSeconds(2);
            var hub = await HubClient.ProvisionAsync(server, "sugarcrmv2");
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            var refreshesBefore = faults.TokenRefreshes;
            var loginsBefore = faults.PasswordLogins;
            options.AccessTokenLifetime = lifetime;

            var statuses = new ConcurrentBag<int>();
            await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (_, _) =>
                statuses.Add((await Infrastructure.Json.GetAsync(hub.Http, "hubs/crm/accounts?pageSize=1")).Status));

            Assert.All(statuses, s => Assert.Equal(200, s));
            Assert.Equal(1, faults.TokenRefreshes - refreshesBefore);
            Assert.Equal(0, faults.PasswordLogins - loginsBefore);

            // The refreshed token was stored: a later call needs no refresh.
            Assert.Equal(200, (await Infrastructure.Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1")).Status);
            Assert.Equal(1, faults.TokenRefreshes - refreshesBefore);
        }
        finally
        {
            options.AccessTokenLifetime = lifetime;
        }
    }

    [Fact]
    public async Task InstancesSharingASugarUser_ShareOneSession_InsteadOfLoggingEachOtherOut()
    {
        var faults = server.Simulators.Services.GetRequiredService<SugarCrmFaults>();
        var first = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        // Sugar keeps one session per user and platform: this login ends the first instance's session.
        var second = await HubClient.ProvisionAsync(server, "sugarcrmv2");
        var loginsBefore = faults.PasswordLogins;
        var refreshesBefore = faults.TokenRefreshes;

        for (var i = 0; i < 5; i++)
        {
            foreach (var hub in new[] { first, second })
            {
                var result = await Infrastructure.Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=1");
                Assert.True(result.Status == 200, result.Text);
            }
        }

        // One renewal for the ended session (its refresh token died with it, so a login); the other
        // instance adopts that session instead of logging in again and ending it in turn.
        Assert.Equal(1, faults.PasswordLogins - loginsBefore);
        Assert.True(faults.TokenRefreshes - refreshesBefore <= 1, $"{faults.TokenRefreshes - refreshesBefore} refreshes");

        // The shared session is stored, and only encrypted: its live tokens are nowhere in the row in clear.
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == first.InstanceId);
        var config = scope.ServiceProvider.GetRequiredService<InstanceSecrets>().Read(row);
        var sessions = await db.VendorSessions.AsNoTracking().ToListAsync();
        Assert.NotEmpty(sessions);
        foreach (var session in sessions)
        {
            var stored = System.Text.Encoding.UTF8.GetString(session.ProtectedValues) + session.Key;
            Assert.DoesNotContain(config["oauth.user.token"]!, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(config["oauth.user.refresh_token"]!, stored, StringComparison.Ordinal);
            Assert.DoesNotContain("sandbox.sugar.admin", stored, StringComparison.Ordinal);
        }
    }
}
