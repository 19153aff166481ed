using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.Data;

namespace OpenElements.Server.IntegrationTests.Infrastructure;

/// <summary>The suite runs twice; this proves each run is on the store it claims (OE_TEST_DB).</summary>
[Collection(ServerCollection.Name)]
public sealed class StoreSelectionTests(ServerFactory server)
{
    [Fact]
    public async Task Server_RunsOnTheStoreTheSuiteWasAskedFor()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var wantsPostgres = string.Equals(Environment.GetEnvironmentVariable("OE_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(wantsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
