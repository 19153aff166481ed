using Microsoft.Extensions.DependencyInjection;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>
/// Fault tests share one server and simulator (<see cref="FaultCollection"/>): each test starts and ends
/// with the vendor's switches reset, so a fault never leaks into the next test.
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
}
