using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// SugarCRM's REST v10 on the sandbox site: OAuth 2.0 password and refresh grants with Sugar's
/// per-platform single session, logout, and token-checked <c>/me</c> and <c>/ping</c> (vendors.md 5).
/// </summary>
public sealed class SugarCrmSimulator : IVendorSimulator
{
    public SugarCrmSimulator() => Hosts = [SugarCrmAccount.From(SandboxCredentials.Load()).SiteHost];

    public string Name => "sugarcrm";

    public IReadOnlyList<string> Hosts { get; }

    public void AddServices(IServiceCollection services, SandboxCredentials credentials)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(SugarCrmAccount.From(credentials));
        services.AddSingleton<SugarCrmSimulatorOptions>();
        services.AddSingleton<SugarSessionStore>();
    }

    public void Map(IEndpointRouteBuilder vendor)
    {
        var v10 = vendor.MapGroup("/rest/v10");
        v10.MapSugarOAuth();
        v10.MapSugarUser();
    }
}
