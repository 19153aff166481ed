using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.IntegrationTests.Infrastructure;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>A server of its own: these tests open circuits and switch faults that must not touch other tests.</summary>
public sealed class FaultServerFactory : ServerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Generous enough for a fresh server's first calls under a loaded test run (JIT, seeding).
        builder.UseSetting("Connectors:AttemptTimeoutSeconds", "2");
        builder.UseSetting("Connectors:TotalTimeoutSeconds", "10");
        builder.UseSetting("Connectors:MaxRetries", "2");
        builder.UseSetting("Connectors:MaxRetryAfterSeconds", "2");
        // The circuit is tested on a server of its own (below); here it must not trip on purpose-made failures.
        builder.UseSetting("Connectors:CircuitMinimumThroughput", "10000");
    }
}

/// <summary>A fresh server whose circuits judge quickly, for the one test that opens a circuit.</summary>
public sealed class CircuitServerFactory : ServerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Connectors:CircuitMinimumThroughput", "4");
        builder.UseSetting("Connectors:CircuitBreakSeconds", "30");
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultServerFactory>
{
    public const string Name = "vendor faults";
}

[Collection(FaultCollection.Name)]
public sealed class VendorFaultTests(FaultServerFactory server) : FaultTestBase<OracleFaults>(server)
{
    protected override string ElementKey => "oraclesalescloud";

    protected override string ListPath => "hubs/crm/accounts?pageSize=3";

    [Fact]
    public async Task ServerErrorBurst_OnAGet_IsRetriedUntilItPasses()
    {
        var hub = await HubClient.ProvisionAsync(Server, "oraclesalescloud");
        Faults.FailNext(2, 503);
        var result = await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2");
        Assert.True(result.Status == 200, result.Text);
        Assert.Equal(2, Faults.Counts.ServerErrors);
    }

    [Fact]
    public async Task ServerErrorBurst_LongerThanTheRetries_Returns502WithTheVendorsText()
    {
        var hub = await HubClient.ProvisionAsync(Server, "oraclesalescloud");
        Faults.FailNext(3, 500);
        var result = await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2");
        Json.AssertWireError(result, 502);
        Assert.Equal(3, Faults.Counts.ServerErrors);
    }

    [Fact]
    public async Task ServerError_OnACreate_IsNotRetried()
    {
        var hub = await HubClient.ProvisionAsync(Server, "oraclesalescloud");
        Faults.FailNext(1, 503);
        var result = await Json.PostAsync(hub.Http, "hubs/crm/accounts", new { OrganizationName = "Not Twice Ltd" });
        Json.AssertWireError(result, 502);
        Assert.Equal(1, Faults.Counts.Requests);
        var search = await Json.GetAsync(hub.Http, $"hubs/crm/accounts?where={Uri.EscapeDataString("OrganizationName = 'Not Twice Ltd'")}");
        Assert.Empty(search.Body!.AsArray());
    }

    [Fact]
    public async Task SlowVendor_BeyondTheAttemptTimeout_Returns504NamingTheHost()
    {
        var hub = await HubClient.ProvisionAsync(Server, "oraclesalescloud");
        Faults.ResponseDelay = TimeSpan.FromSeconds(5);
        var result = await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2");
        Json.AssertWireError(result, 504, "sandbox-crm.fa.us2.oraclecloud.com");
    }
}

public sealed class VendorCircuitTests : IClassFixture<CircuitServerFactory>
{
    private readonly CircuitServerFactory _server;

    public VendorCircuitTests(CircuitServerFactory server)
    {
        _server = server;
    }

    private OracleFaults Faults => _server.Simulators.Services.GetRequiredService<OracleFaults>();

    [Fact]
    public async Task DeadVendor_OpensTheCircuitAndLaterCallsAreRefusedWithoutReachingIt()
    {
        var hub = await HubClient.ProvisionAsync(_server, "oraclesalescloud");
        Faults.FailNext(1000, 503);
        for (var i = 0; i < 4; i++)
        {
            await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2");
        }

        var seen = Faults.Counts.Requests;
        var refused = await Json.GetAsync(hub.Http, "hubs/crm/contacts?pageSize=2");
        Json.AssertWireError(refused, 503, "keeps failing");
        Assert.Equal(seen, Faults.Counts.Requests);
    }
}

[Collection(FaultCollection.Name)]
public sealed class SignedRetryTests(FaultServerFactory server)
{
    [Fact]
    public async Task NetSuiteGet_RetriedAfterA503_IsSignedAfreshAndSucceeds()
    {
        var faults = server.Simulators.Services.GetRequiredService<OpenElements.Simulators.NetSuite.NetSuiteFaults>();
        var hub = await HubClient.ProvisionAsync(server, "netsuitecrmv2", "TokenBasedAuthentication");
        try
        {
            faults.FailNext(1, 503);
            // A replayed nonce would be refused with 401; a fresh signature per attempt passes.
            var result = await Json.GetAsync(hub.Http, "hubs/crm/accounts?pageSize=2");
            Assert.True(result.Status == 200, result.Text);
            Assert.Equal(1, faults.Counts.ServerErrors);
        }
        finally
        {
            faults.Reset();
        }
    }
}
