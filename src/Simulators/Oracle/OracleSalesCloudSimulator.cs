using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Oracle;

/// <summary>
/// Oracle Sales Cloud (Fusion CX Sales) REST, <c>/crmRestApi/resources/</c>, for the sandbox pod only:
/// every tenant has its own host, and any other site.url must fail as an unknown host.
/// </summary>
public sealed class OracleSalesCloudSimulator : IVendorSimulator
{
    private const string ElementKey = "oraclesalescloud";

    public OracleSalesCloudSimulator()
    {
        // The host list is needed before any service exists (the catalog routes on it), hence Load() here.
        Hosts = [SandboxCredentials.Load().For(ElementKey)["site.url"]];
    }

    public string Name => "oracle";

    public IReadOnlyList<string> Hosts { get; }

    public void AddServices(IServiceCollection services, SandboxCredentials credentials)
    {
        var sandbox = credentials.For(ElementKey);
        services.AddOptions<OracleSimulatorOptions>().BindConfiguration(OracleSimulatorOptions.Section);
        services.AddSingleton(new OracleBasicUser(sandbox["username"], sandbox["password"]));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OracleStore>();
        services.AddSingleton<OracleFaults>();
    }

    public void Map(IEndpointRouteBuilder vendor)
    {
        var site = vendor.MapGroup("");
        // Fusion checks credentials before it looks at the path, so the filter also guards the fallback.
        site.AddEndpointFilter<OracleBasicAuthFilter>();
        site.MapOracleCrm();
        // REVIEW: every unknown path or method is a 404 here; Fusion answers a wrong method with 405.
        site.Map("{**path}", () => Results.NotFound());
    }
}
