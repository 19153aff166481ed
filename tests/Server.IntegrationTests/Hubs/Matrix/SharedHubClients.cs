using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>
/// One provisioned instance per element and server, shared by the matrix's cases: provisioning per case
/// would cost more than the cases. Sharing is safe because each case creates, finds and deletes only its
/// own marked records, and nothing in the matrix changes the instance itself.
/// </summary>
public static class SharedHubClients
{
    private static readonly ConditionalWeakTable<ServerFactory, ConcurrentDictionary<string, Lazy<Task<HubClient>>>> Clients = [];

    public static Task<HubClient> ForAsync(ServerFactory server, string elementKey) =>
        Clients.GetOrCreateValue(server)
            .GetOrAdd(elementKey, key => new Lazy<Task<HubClient>>(() => HubClient.ProvisionAsync(server, key, MatrixSamples.AuthTypeOf(key))))
            .Value;
}
