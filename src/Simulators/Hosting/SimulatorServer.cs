using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace OpenElements.Simulators.Hosting;

/// <summary>
/// All simulators on one real loopback HTTP listener. The server starts one in sandbox mode, the tests
/// start one per fixture, and <c>dotnet run --project src/Simulators</c> starts one on a fixed port.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<Type> _faultTypes;

    private SimulatorServer(WebApplication app, Uri baseAddress, IReadOnlyList<Type> faultTypes)
    {
        _app = app;
        BaseAddress = baseAddress;
        _faultTypes = faultTypes;
    }

    /// <summary>Where the listener is, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The simulators' services, so tests can reach their state and fault switches.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Every vendor's fault switches, for settings that apply to all of them (e.g. a vendor latency).</summary>
    public IEnumerable<SimulatorFaults> AllFaults => _faultTypes.Select(t => (SimulatorFaults)_app.Services.GetRequiredService(t));

    public static async Task<SimulatorServer> StartAsync(string url = "http://127.0.0.1:0", CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        // In-process (sandbox, tests) the simulators should be quiet; the standalone host prints its own banner.
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddSimulators();
        var faultTypes = builder.Services.Select(d => d.ServiceType).Where(typeof(SimulatorFaults).IsAssignableFrom).Distinct().ToList();
        var app = builder.Build();
        app.MapSimulators();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SimulatorServer(app, new Uri(address.EndsWith('/') ? address : address + "/"), faultTypes);
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C or SIGTERM through its console lifetime).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
