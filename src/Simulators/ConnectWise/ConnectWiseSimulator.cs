using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// ConnectWise Manage/PSA on the sandbox server: codebase discovery, integrator Basic auth with
/// <c>clientId</c>, <c>/system/info</c> and companies with Link-header paging (vendors.md 4).
/// </summary>
public sealed class ConnectWiseSimulator : IVendorSimulator
{
    public ConnectWiseSimulator() => Hosts = [ConnectWiseAccount.From(SandboxCredentials.Load()).ServerHost];

    public string Name => "connectwise";

    public IReadOnlyList<string> Hosts { get; }

    public void AddServices(IServiceCollection services, SandboxCredentials credentials)
    {
        services.AddSingleton(ConnectWiseAccount.From(credentials));
        services.AddSingleton<ConnectWiseSimulatorOptions>();
        services.AddSingleton(_ => new CompanyStore(CompanyStore.SeedCount));
    }

    public void Map(IEndpointRouteBuilder vendor) => vendor.MapConnectWise();
}
