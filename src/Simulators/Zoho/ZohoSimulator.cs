using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// Zoho CRM, US data centre: the accounts server (v1 authtokens), the v1 CRM API on crm.zoho.com and
/// the v2 API host. The sandbox credentials carry no host, so the element always talks to .com.
/// </summary>
public sealed class ZohoSimulator : IVendorSimulator
{
    public const string AccountsHost = "accounts.zoho.com";
    public const string CrmHost = "crm.zoho.com";
    public const string ApiHost = "www.zohoapis.com";

    public string Name => "zoho";

    public IReadOnlyList<string> Hosts { get; } = [AccountsHost, CrmHost, ApiHost];

    public void AddServices(IServiceCollection services, SandboxCredentials credentials)
    {
        services.AddOptions<ZohoSimulatorOptions>()
            .BindConfiguration(ZohoSimulatorOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(ZohoUserDirectory.FromSandbox(credentials));
        services.AddSingleton<ZohoAuthTokenStore>();
        services.AddSingleton<ZohoFaults>();
        services.AddSingleton<ZohoData>();
    }

    public void Map(IEndpointRouteBuilder vendor)
    {
        // One simulator, three hosts: each API answers only on the host Zoho served it from, so a
        // client that mixes them up gets the 404 it would get from Zoho. www.zohoapis.com (v2) has no
        // endpoints yet.
        // Faults come first: a throttling or failing front end answers before Zoho looks at the ticket.
        vendor.MapGroup("").RequireHost(AccountsHost).AddEndpointFilter<ZohoFaultFilter>().MapZohoAuthTokens();
        vendor.MapGroup("").RequireHost(CrmHost).AddEndpointFilter<ZohoFaultFilter>().MapZohoV1Users().MapZohoV1Reads().MapZohoV1Writes();
    }
}
