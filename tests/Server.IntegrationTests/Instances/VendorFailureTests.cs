using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Instances;

/// <summary>The vendor refuses, or cannot be reached: a clear error, the vendor's own words, nothing stored.</summary>
[Collection(ServerCollection.Name)]
public sealed class VendorFailureTests(ServerFactory server)
{
    public static TheoryData<string, string, string> WrongCredentials() => new()
    {
        { "netsuitecrmv2", "Basic", "user.password" },
        { "netsuitecrmv2", "TokenBasedAuthentication", "token_secret" },
        { "zohocrm", "", "crm.zohocrm.password" },
        { "oraclesalescloud", "", "password" },
        { "connectwisehd", "", "helpdesk.connectwise.password" },
        { "connectwisecrm", "", "crm.connectwise.password" },
        { "connectwisecrm", "", "crm.connectwise.company" },
        { "sugarcrmv2", "", "password" },
        { "sugarcrmv2", "", "oauth.api.secret" },
    };

    [Theory]
    [MemberData(nameof(WrongCredentials))]
    public async Task Provision_WithAWrongCredential_Returns400WithTheVendorsTextAndStoresNothing(string element, string authType, string key)
    {
        var client = await server.CreateIsolatedTenantAsync();
        var seed = Seeds.For(element, authType.Length == 0 ? null : authType);
        var body = (JsonObject)seed.Body.DeepClone();
        body["configuration"]![key] = "Wrong-" + Guid.NewGuid().ToString("N")[..8];
        var result = await Json.PostAsync(client, "instances", body);
        Json.AssertWireError(result, 400, element.StartsWith("connectwise", StringComparison.Ordinal) ? "ConnectWise" : "rejected");
        var provider = result.Body!["providerMessage"]?.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(provider), $"{element}: providerMessage should carry the vendor's text: {result.Text}");
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    [Theory]
    [InlineData("oraclesalescloud", "site.url")]
    [InlineData("sugarcrmv2", "site.url")]
    [InlineData("connectwisehd", "helpdesk.connectwise.server.url")]
    [InlineData("netsuitecrmv2", "netsuite.accountId")]
    public async Task Provision_WithAnUnknownHost_Returns400NamingTheHostAndStoresNothing(string element, string key)
    {
        var client = await server.CreateIsolatedTenantAsync();
        var body = (JsonObject)Seeds.For(element).Body.DeepClone();
        var host = element == "netsuitecrmv2" ? "9999999" : "nowhere-" + Guid.NewGuid().ToString("N")[..6] + ".example.com";
        body["configuration"]![key] = host;
        var result = await Json.PostAsync(client, "instances", body);
        Json.AssertWireError(result, 400, host.ToLowerInvariant());
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }
}

/// <summary>A vendor that accepts the connection and never answers: a 504 that names the host.</summary>
public sealed class VendorTimeoutTests : IAsyncLifetime
{
    private readonly TcpListener _blackHole = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private TimeoutServerFactory? _server;

    public async Task InitializeAsync()
    {
        _blackHole.Start();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    _held.Add(await _blackHole.AcceptTcpClientAsync());
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
                catch (SocketException)
                {
                    return;
                }
            }
        });
        _server = new TimeoutServerFactory(((IPEndPoint)_blackHole.LocalEndpoint).Port);
        await _server.InitializeAsync();
    }

    [Fact]
    public async Task Provision_WhenTheVendorNeverAnswers_Returns504NamingTheHostAndStoresNothing()
    {
        var client = _server!.CreateTenantClient();
        var result = await Json.PostAsync(client, "instances", Seeds.For("oraclesalescloud").Body);
        Json.AssertWireError(result, 504, "sandbox-crm.fa.us2.oraclecloud.com");
        Assert.Equal(0, await Json.CountInstancesAsync(client));
    }

    public async Task DisposeAsync()
    {
        _blackHole.Stop();
        _held.ForEach(c => c.Dispose());
        await ((IAsyncLifetime)_server!).DisposeAsync();
    }

    /// <summary>Oracle's calls go (per-element ConnectTo) to a listener that never answers.</summary>
    private sealed class TimeoutServerFactory(int port) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Connectors:ConnectTo:oraclesalescloud", $"http://127.0.0.1:{port}");
            builder.UseSetting("Connectors:AttemptTimeoutSeconds", "1");
            builder.UseSetting("Connectors:TotalTimeoutSeconds", "2");
        }
    }
}
