using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.ConnectWise;
using OpenElements.Simulators.ConnectWise;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.ConnectWise;

public class ConnectWiseIntegratorCheckTests
{
    [Theory]
    [InlineData("connectwisecrm")]
    [InlineData("connectwisehd")]
    public async Task Run_SandboxCredentials_ReturnsCodebase(string elementKey)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        var outcome = await new ConnectWiseIntegratorCheck().RunAsync(ConnectWiseSandbox.Context(elementKey, http), CancellationToken.None);

        Assert.Equal("v2025_1/", outcome.Values["codebase"]);
    }

    [Fact]
    public async Task Run_ServerUrlTypedWithSchemeAndSlash_ReturnsCodebase()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);
        var context = ConnectWiseSandbox.Context("connectwisecrm", http, ("serverUrl", "https://sandbox.connectwisedev.com/"));

        var outcome = await new ConnectWiseIntegratorCheck().RunAsync(context, CancellationToken.None);

        Assert.Equal("v2025_1/", outcome.Values["codebase"]);
    }

    [Fact]
    public async Task Run_WrongPassword_RejectedWithVendorMessage()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);
        var context = ConnectWiseSandbox.Context("connectwisehd", http, ("password", "Wrong-Pass1"));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => new ConnectWiseIntegratorCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal("ConnectWise rejected the integrator credentials", e.Message);
        Assert.Equal(ConnectWiseError.BadCredentialsMessage, e.ProviderMessage);
        Assert.Equal(400, e.StatusCode);
        Assert.DoesNotContain("Wrong-Pass1", e.Message + e.ProviderMessage);
    }

    [Fact]
    public async Task Run_UnknownCompany_RejectedNamingCompanyAndHost()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);
        var context = ConnectWiseSandbox.Context("connectwisecrm", http, ("company", "nobody_co"));

        var e = await Assert.ThrowsAsync<VendorRejectedException>(() => new ConnectWiseIntegratorCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal("ConnectWise does not know the company 'nobody_co' on sandbox.connectwisedev.com", e.Message);
        Assert.Equal("null", e.ProviderMessage);
    }

    [Fact]
    public async Task Run_HostTheSimulatorDoesNotServe_UnreachableUnknownHost()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);
        var context = ConnectWiseSandbox.Context("connectwisecrm", http, ("serverUrl", "typo.connectwisedev.com"));

        var e = await Assert.ThrowsAsync<VendorUnreachableException>(() => new ConnectWiseIntegratorCheck().RunAsync(context, CancellationToken.None));

        Assert.Equal(UnreachableKind.UnknownHost, e.Kind);
        Assert.Equal("typo.connectwisedev.com", e.Host);
    }

    [Theory]
    [InlineData("na.myconnectwise.net", "api-na.myconnectwise.net")]
    [InlineData("EU.myconnectwise.net", "api-eu.myconnectwise.net")]
    [InlineData("staging.connectwisedev.com", "api-staging.connectwisedev.com")]
    [InlineData("sandbox.connectwisedev.com", "sandbox.connectwisedev.com")]
    [InlineData("cw.example.com", "cw.example.com")]
    public void ApiHost_ServerAClientTypes_IsWhereRestAnswers(string server, string expected) =>
        Assert.Equal(expected, ConnectWiseHosts.ApiHost(server));
}
