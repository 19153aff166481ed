using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.IntegrationTests.Infrastructure;
using OpenElements.Server.Sandbox;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>
/// <c>Sandbox:SimulatorUrl</c>: the server starts no simulators of its own and sends every vendor call
/// to the given host. bench/run.sh relies on it to compare hub calls through the server with the same
/// vendor requests sent straight to one and the same simulator process.
/// </summary>
public sealed class StandaloneSimulatorTests : IAsyncLifetime
{
    private SimulatorServer? _simulators;
    private StandaloneSimulatorServerFactory? _server;

    private SimulatorServer Simulators => _simulators ?? throw new InvalidOperationException("Not initialized.");

    private StandaloneSimulatorServerFactory Server => _server ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        _simulators = await SimulatorServer.StartAsync();
        _server = new StandaloneSimulatorServerFactory(_simulators.BaseAddress);
        await ((IAsyncLifetime)_server).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await ((IAsyncLifetime)_server).DisposeAsync();
        }

        if (_simulators is not null)
        {
            await _simulators.DisposeAsync();
        }
    }

    [Fact]
    public async Task HubCalls_WithSimulatorUrl_GoToThatSimulatorOnly()
    {
        Assert.Null(Server.Services.GetRequiredService<SandboxSimulatorService>().Server);
        var faults = Simulators.Services.GetRequiredService<OracleFaults>();
        var hub = await HubClient.ProvisionAsync(Server, "oraclesalescloud");
        var before = faults.Counts.Requests;

        var created = await Json.PostAsync(hub.Http, "hubs/crm/accounts", new JsonObject { ["OrganizationName"] = "Standalone Routing Co" });

        Assert.True(created.Status == 200, created.Text);
        Assert.Equal(before + 1, faults.Counts.Requests);
        // The record lives in the standalone simulator: asking it directly finds it.
        var id = created.Body!["PartyNumber"]!.GetValue<string>();
        var credentials = SandboxCredentials.Load().For("oraclesalescloud");
        using var direct = new HttpClient { BaseAddress = Simulators.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"crmRestApi/resources/11.13.18.05/accounts/{id}?onlyData=true");
        request.Headers.Host = credentials["site.url"];
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials["username"]}:{credentials["password"]}")));
        using var response = await direct.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        Assert.Equal("Standalone Routing Co", JsonNode.Parse(text)!["OrganizationName"]!.GetValue<string>());
    }

    private sealed class StandaloneSimulatorServerFactory(Uri simulatorUrl) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Sandbox:SimulatorUrl", simulatorUrl.ToString());
        }
    }
}
