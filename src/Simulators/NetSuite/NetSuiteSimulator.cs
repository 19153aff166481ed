using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// NetSuite SuiteTalk for the sandbox account: the SOAP 2016.2 port (Passport login/logout,
/// TokenPassport) and the REST record API with Token-Based Authentication, on the account's host.
/// </summary>
public sealed class NetSuiteSimulator : IVendorSimulator
{
    private readonly NetSuiteSandbox _sandbox = NetSuiteSandbox.From(SandboxCredentials.Load());

    public string Name => "netsuite";

    public IReadOnlyList<string> Hosts => [_sandbox.SuiteTalkHost];

    public void AddServices(IServiceCollection services, SandboxCredentials credentials)
    {
        var sandbox = NetSuiteSandbox.From(credentials);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sandbox);
        services.AddSingleton(sandbox.Tba);
        services.AddSingleton<NetSuiteSimulatorOptions>();
        services.AddSingleton<NonceRegistry>();
        services.AddSingleton<OAuth1Verifier>();
        services.AddSingleton<TokenPassportVerifier>();
        services.AddSingleton<PassportAuthenticator>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<NetSuiteSoapService>();
        services.AddSingleton<RecordStore>();
        services.AddSingleton<NetSuiteFaults>();
    }

    public void Map(IEndpointRouteBuilder vendor)
    {
        vendor.MapPost(SoapEndpoint.Path, SoapEndpoint.HandleAsync);
        vendor.MapRecordApi();
    }
}
