using Microsoft.Extensions.Options;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.Sandbox;

/// <summary>Where sandbox traffic goes; set once the simulators listen (null when sandbox mode is off).</summary>
public sealed class SandboxRouting
{
    public Uri? Target { get; set; }

    /// <summary>The hosts the simulators answer for; any other host fails as unresolvable.</summary>
    public IReadOnlySet<string> Hosts { get; } = SimulatorCatalog.AllHosts;
}

/// <summary>Starts the in-process simulators (a loopback listener) when sandbox mode is on.</summary>
public sealed partial class SandboxSimulatorService(IOptions<SandboxOptions> options, SandboxRouting routing, ILogger<SandboxSimulatorService> logger)
    : IHostedService, IAsyncDisposable
{
    private SimulatorServer? _server;

    /// <summary>The running simulators (tests reach their state and fault switches through it).</summary>
    public SimulatorServer? Server => _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(o.SimulatorUrl))
        {
            routing.Target = new Uri(o.SimulatorUrl);
        }
        else
        {
            _server = await SimulatorServer.StartAsync(ct: cancellationToken);
            routing.Target = _server.BaseAddress;
        }

        LogSandbox(logger, routing.Target);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox mode: vendor calls go to the simulators at {Target}")]
    private static partial void LogSandbox(ILogger logger, Uri target);
}
