using Microsoft.Extensions.Options;
using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.Oracle;
using OpenElements.Server.UnitTests.Support;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

public sealed class OracleBasicCheckTests : LiveSimulatorTest
{
    private static readonly IReadOnlyDictionary<string, string> Sandbox = SandboxCredentials.Load().For("oraclesalescloud");

    [Theory]
    [InlineData(null)]
    [InlineData("https://{0}/")]
    public async Task Run_SandboxCredentials_ReturnsLatestApiVersion(string? siteFormat)
    {
        var site = siteFormat is null ? null : string.Format(siteFormat, Sandbox["site.url"]);

        var outcome = await new OracleBasicCheck().RunAsync(Context(site: site), CancellationToken.None);

        Assert.Equal("11.13.18.05", Assert.Single(outcome.Values, v => v.Key == "apiVersion").Value);
    }

    [Fact]
    public async Task Run_WrongPasswordEmpty401_ThrowsRejectedWithStatusAndChallenge()
    {
        var e = await Assert.ThrowsAsync<VendorRejectedException>(
            () => new OracleBasicCheck().RunAsync(Context(password: "Wrong-Pass1"), CancellationToken.None));

        Assert.Equal("Oracle Sales Cloud rejected the credentials", e.Message);
        Assert.Equal("401 Unauthorized; WWW-Authenticate: Basic realm=\"owsm\"", e.ProviderMessage);
        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public async Task Run_WrongPassword401WithText_ThrowsRejectedWithVendorText()
    {
        Service<IOptions<OracleSimulatorOptions>>().Value.UnauthorizedBody = "Authentication failed.";

        var e = await Assert.ThrowsAsync<VendorRejectedException>(
            () => new OracleBasicCheck().RunAsync(Context(password: "Wrong-Pass1"), CancellationToken.None));

        Assert.Equal("Authentication failed.", e.ProviderMessage);
    }

    [Fact]
    public async Task Run_SiteUrlTheSimulatorDoesNotServe_ThrowsUnknownHost()
    {
        var e = await Assert.ThrowsAsync<VendorUnreachableException>(
            () => new OracleBasicCheck().RunAsync(Context(site: "other-pod.fa.us2.oraclecloud.com"), CancellationToken.None));

        Assert.Equal(UnreachableKind.UnknownHost, e.Kind);
        Assert.Equal("other-pod.fa.us2.oraclecloud.com", e.Host);
    }

    private ProvisioningContext Context(string? password = null, string? site = null) =>
        new("oraclesalescloud", "basic",
            new Dictionary<string, string> { ["username"] = "username", ["password"] = "password", ["siteUrl"] = "site.url" },
            new Dictionary<string, string?>
            {
                ["username"] = Sandbox["username"],
                ["password"] = password ?? Sandbox["password"],
                ["site.url"] = site ?? Sandbox["site.url"],
            },
            Http, TimeProvider.System);
}
