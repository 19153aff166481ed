using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// ConnectWise Manage/PSA on the sandbox server: codebase discovery, integrator Basic auth with
/// <c>clientId</c>, <c>/system/info</c>, and seeded companies, contacts, opportunities, tickets with notes,
/// boards, statuses and priorities behind conditions, orderBy, fields and Link-header paging (vendors.md 4).
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
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConnectWiseFaults>();
        services.AddSingleton(sp => new ConnectWiseLinks(sp.GetRequiredService<ConnectWiseAccount>().ServerHost));
        services.AddSingleton(sp => ConnectWiseSeed.For(sp.GetRequiredService<ConnectWiseSimulatorOptions>(), sp.GetRequiredService<ConnectWiseLinks>()));
        services.AddSingleton<ConnectWiseData>();
        services.AddSingleton<ConnectWiseWrites>();
    }

    public void Map(IEndpointRouteBuilder vendor) => vendor.MapConnectWise();
}
