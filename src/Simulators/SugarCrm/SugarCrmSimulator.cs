using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// SugarCRM's REST v10 on the sandbox site: OAuth 2.0 password and refresh grants with Sugar's
/// per-platform single session, logout, token-checked <c>/me</c> and <c>/ping</c>, and seeded Accounts,
/// Contacts, Leads, Opportunities and Cases behind ModuleApi and FilterApi (vendors.md 5).
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
        services.AddSingleton<SugarCrmFaults>();
        services.AddSingleton<SugarData>();
    }

    public void Map(IEndpointRouteBuilder vendor)
    {
        // Faults come first: a throttling or failing front end answers before Sugar looks at the token.
        var v10 = vendor.MapGroup("/rest/v10").AddEndpointFilter<SugarFaultFilter>();
        v10.MapSugarOAuth();
        v10.MapSugarUser();
        v10.MapSugarRecords();
        // Whatever no route above takes is Sugar's no_method, whatever the verb.
        v10.Map("/{**path}", (HttpRequest request) => SugarError.NoRoute(request));
    }
}
