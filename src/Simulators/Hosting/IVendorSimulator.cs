using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OpenElements.Simulators.Hosting;

/// <summary>
/// A faithful fake of one vendor's HTTP API. It answers only for <see cref="Hosts"/> (matched on the
/// request's Host header) and accepts only the credentials in sandbox-credentials.json.
/// </summary>
public interface IVendorSimulator
{
    /// <summary>Short vendor name, e.g. <c>netsuite</c>; also the standalone path prefix.</summary>
    string Name { get; }

    /// <summary>The exact host names this simulator answers for; every other host is unreachable.</summary>
    IReadOnlyList<string> Hosts { get; }

    /// <summary>Registers the simulator's singleton state (sessions, nonces, data, fault switches).</summary>
    void AddServices(IServiceCollection services, SandboxCredentials credentials);

    /// <summary>Maps the vendor's endpoints on a group already restricted to <see cref="Hosts"/>.</summary>
    void Map(IEndpointRouteBuilder vendor);
}
