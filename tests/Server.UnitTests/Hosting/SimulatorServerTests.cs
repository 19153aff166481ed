using OpenElements.Simulators.ConnectWise;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.NetSuite;
using OpenElements.Simulators.Oracle;
using OpenElements.Simulators.SugarCrm;
using OpenElements.Simulators.Zoho;

namespace OpenElements.Server.UnitTests.Hosting;

public sealed class SimulatorServerTests
{
    [Fact]
    public async Task AllFaults_ReachesEveryVendorsFaultSwitches_SoOneSettingCanApplyToAll()
    {
        await using var server = await SimulatorServer.StartAsync();
        var types = server.AllFaults.Select(f => f.GetType()).ToList();
        Assert.Contains(typeof(OracleFaults), types);
        Assert.Contains(typeof(NetSuiteFaults), types);
        Assert.Contains(typeof(SugarCrmFaults), types);
        Assert.Contains(typeof(ConnectWiseFaults), types);
        Assert.Contains(typeof(ZohoFaults), types);
        Assert.Equal(types.Count, types.Distinct().Count());
        // The same instances the simulators use, not copies.
        Assert.Same(server.Services.GetService(typeof(OracleFaults)), server.AllFaults.OfType<OracleFaults>().Single());
    }
}
