using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OpenElements.Simulators.Hosting;

/// <summary>Every vendor simulator, and the wiring shared by the in-process and standalone hosts.</summary>
public static class SimulatorCatalog
{
    public static IReadOnlyList<IVendorSimulator> All { get; } = Create();

    private static List<IVendorSimulator> Create() =>
    [
        // Vendors register here; each lives in its own folder.
        new NetSuite.NetSuiteSimulator(),
        new Zoho.ZohoSimulator(),
        new Oracle.OracleSalesCloudSimulator(),
        new ConnectWise.ConnectWiseSimulator(),
        new SugarCrm.SugarCrmSimulator(),
    ];

    /// <summary>Every host some simulator answers for (lower case).</summary>
    public static IReadOnlySet<string> AllHosts { get; } =
        All.SelectMany(s => s.Hosts).Select(h => h.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public static IServiceCollection AddSimulators(this IServiceCollection services)
    {
        var credentials = SandboxCredentials.Load();
        services.AddSingleton(credentials);
        foreach (var simulator in All)
        {
            simulator.AddServices(services, credentials);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapSimulators(this IEndpointRouteBuilder app)
    {
        foreach (var simulator in All)
        {
            // Routing on the Host header is what makes one listener several vendors: the sandbox
            // handler keeps the vendor's host name and only changes where the bytes go.
            simulator.Map(app.MapGroup("").RequireHost([.. simulator.Hosts]));
        }

        return app;
    }
}
