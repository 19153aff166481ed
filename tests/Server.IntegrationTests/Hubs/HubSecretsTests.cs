using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.Data;
using OpenElements.Server.Instances;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>Vendor credentials a hub call sends (tokens in headers, Zoho's authtoken in the query) never reach the logs.</summary>
[Collection(ServerCollection.Name)]
public sealed class HubSecretsTests(ServerFactory server)
{
    [Theory]
    [InlineData("zohocrm", null, "crm.zohocrm.authtoken")]
    [InlineData("sugarcrmv2", null, "oauth.user.token")]
    [InlineData("oraclesalescloud", null, "password")]
    [InlineData("netsuitecrmv2", "TokenBasedAuthentication", "token_secret")]
    [InlineData("connectwisecrm", null, "crm.connectwise.password")]
    public async Task HubCalls_LogNoVendorCredential(string element, string? authType, string secretKey)
    {
        var hub = await HubClient.ProvisionAsync(server, element, authType);
        Assert.Equal(200, (await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2")).Status);
        Assert.Equal(200, (await Json.GetAsync(hub.Http, "hubs/crm/ping")).Status);

        string secret;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Instances.AsNoTracking().SingleAsync(i => i.Id == hub.InstanceId);
            secret = scope.ServiceProvider.GetRequiredService<InstanceSecrets>().Read(row)[secretKey]!;
        }

        Assert.False(string.IsNullOrEmpty(secret));
        var logs = server.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        var text = string.Join("\n", logs.Select(l => $"{l.Message} {l.Exception} {string.Join(",", l.StructuredState ?? [])}"));
        // The vendor clients have no request loggers (VendorHttp); this guards against a log that would add them back.
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(hub.Token, text, StringComparison.Ordinal);
    }
}
