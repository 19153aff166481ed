using System.Collections.Concurrent;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Instances;

[Collection(ServerCollection.Name)]
public sealed class TenancyTests(ServerFactory server)
{
    [Fact]
    public async Task AnotherOrganizationsInstance_OnEveryVerb_Is404NeverForbidden()
    {
        var owner = await server.CreateIsolatedTenantAsync();
        var stranger = await server.CreateIsolatedTenantAsync();
        var id = (await Seeds.ProvisionAsync(owner, Seeds.For("oraclesalescloud")))["id"]!.GetValue<long>();

        Json.AssertWireError(await Json.GetAsync(stranger, $"instances/{id}"), 404);
        Json.AssertWireError(await Json.GetAsync(stranger, $"elements/oraclesalescloud/instances/{id}"), 404);
        Json.AssertWireError(await Json.SendAsync(stranger, HttpMethod.Put, $"instances/{id}", new { name = "mine now" }), 404);
        Json.AssertWireError(await Json.SendAsync(stranger, HttpMethod.Patch, $"instances/{id}", new { name = "mine now" }), 404);
        Json.AssertWireError(await Json.GetAsync(stranger, $"instances/{id}/configuration"), 404);
        Json.AssertWireError(await Json.SendAsync(stranger, HttpMethod.Delete, $"instances/{id}/enabled"), 404);
        Json.AssertWireError(await Json.SendAsync(stranger, HttpMethod.Delete, $"instances/{id}"), 404);
        Assert.Equal(0, await Json.CountInstancesAsync(stranger));

        var still = await Json.GetAsync(owner, $"instances/{id}");
        Assert.Equal(200, still.Status);
        Assert.Equal("seed oraclesalescloud", still.Body!["name"]!.GetValue<string>());
        Assert.False(still.Body!["disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TwentyConcurrentProvisionings_AllSucceedWithDistinctTokensAndIds()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var results = new ConcurrentBag<(long Id, string Token)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 20), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (i, _) =>
        {
            var created = await Seeds.ProvisionAsync(client, Seeds.For("oraclesalescloud"), b => b["name"] = $"concurrent {i}");
            results.Add((created["id"]!.GetValue<long>(), created["token"]!.GetValue<string>()));
        });

        Assert.Equal(20, results.Select(r => r.Token).Distinct().Count());
        Assert.Equal(20, results.Select(r => r.Id).Distinct().Count());
        Assert.Equal(20, await Json.CountInstancesAsync(client));
    }

    [Fact]
    public async Task TwentyConcurrentProvisionings_OfEveryVendor_AllSucceed()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var seeds = Seeds.Requests().ToList();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 20), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (i, _) =>
        {
            var seed = seeds[i % seeds.Count];
            var result = await Json.PostAsync(client, "instances", seed.Body);
            if (result.Status != 200)
            {
                failures.Add($"{seed}: {result.Status} {result.Text}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }
}
