using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.Connectors.Http;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.Support;

/// <summary>
/// All simulators on a real loopback listener, fresh for every test (xunit makes one instance per test,
/// so switches and issued tokens never leak), and a client that reaches them under real vendor URLs.
/// </summary>
public abstract class LiveSimulatorTest : IAsyncLifetime
{
    private SimulatorServer? _simulators;

    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _simulators = await SimulatorServer.StartAsync();
        Http = CreateClient(_simulators.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_simulators is not null)
        {
            await _simulators.DisposeAsync();
        }
    }

    /// <summary>A test that must see its requests overrides this to put a handler before the routing.</summary>
    protected virtual HttpClient CreateClient(Uri simulators) =>
        OutboundRoutingHandler.CreateClient(simulators, SimulatorCatalog.AllHosts);

    /// <summary>A simulator's state or switches, e.g. its options or token store.</summary>
    protected T Service<T>() where T : notnull => _simulators!.Services.GetRequiredService<T>();
}
