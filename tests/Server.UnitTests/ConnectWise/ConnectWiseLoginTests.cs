using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Simulators.ConnectWise;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.UnitTests.ConnectWise;

public class ConnectWiseLoginTests
{
    [Theory]
    [InlineData("sandbox_co")]
    [InlineData("SANDBOX_CO")]
    public async Task CompanyInfo_KnownCompanyInAnyCase_ReturnsCodebase(string company)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.GetAsync($"https://{ConnectWiseSandbox.Host}/login/companyinfo/{company}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal("v2025_1/", root.GetProperty("Codebase").GetString());
        Assert.Equal("sandbox_co", root.GetProperty("CompanyID").GetString());
        Assert.True(root.GetProperty("IsCloud").GetBoolean());
        Assert.Equal("v2025.1", root.GetProperty("VersionCode").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("CompanyName").GetString()));
        Assert.StartsWith("v4.6.", root.GetProperty("VersionNumber").GetString());
    }

    [Fact]
    public async Task CompanyInfo_UnknownCompany_ReturnsJsonNull()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.GetAsync($"https://{ConnectWiseSandbox.Host}/login/companyinfo/nobody_co");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/v2025_1/apis/3.0/system/info")]
    [InlineData("/v4_6_release/apis/3.0/system/info")]
    public async Task SystemInfo_IntegratorOnEitherCodebase_ReturnsInfo(string path)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest(path, company: "Sandbox_Co"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("v2025.1.", doc.RootElement.GetProperty("version").GetString());
        Assert.True(doc.RootElement.GetProperty("isCloud").GetBoolean());
        Assert.Equal("Eastern Standard Time", doc.RootElement.GetProperty("serverTimeZone").GetString());
    }

    [Fact]
    public async Task SystemInfo_UnknownCodebase_Returns404()
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest("/v2017_3/apis/3.0/system/info"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong password")]
    [InlineData("other company")]
    [InlineData("integrator without x-cw-usertype")]
    [InlineData("list without credentials")]
    public async Task Rest_BadCredentials_Returns401InConnectWiseShape(string why)
    {
        const string info = "/v4_6_release/apis/3.0/system/info";
        using var request = why switch
        {
            "wrong password" => ConnectWiseSandbox.Rest(info, password: "Wrong-Pass1"),
            "other company" => ConnectWiseSandbox.Rest(info, company: "other_co"),
            "integrator without x-cw-usertype" => ConnectWiseSandbox.Rest(info, integrator: false),
            _ => Unauthenticated("/v4_6_release/apis/3.0/company/companies"),
        };
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unauthorized", doc.RootElement.GetProperty("code").GetString());
        Assert.Equal(ConnectWiseError.BadCredentialsMessage, doc.RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-guid")]
    public async Task Rest_WithoutWellFormedClientId_Returns401(string? clientId)
    {
        await using var sim = await SimulatorServer.StartAsync();
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest("/v4_6_release/apis/3.0/system/info", clientId: clientId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unauthorized", doc.RootElement.GetProperty("code").GetString());
        Assert.Equal(ConnectWiseError.MissingClientIdMessage, doc.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Rest_WithoutClientIdWhenSwitchedTo400_Returns400()
    {
        await using var sim = await SimulatorServer.StartAsync();
        sim.Services.GetRequiredService<ConnectWiseSimulatorOptions>().MissingClientIdStatusCode = 400;
        using var http = ConnectWiseSandbox.Client(sim);

        using var response = await http.SendAsync(ConnectWiseSandbox.Rest("/v4_6_release/apis/3.0/system/info", clientId: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ConnectWiseError.MissingClientIdMessage, doc.RootElement.GetProperty("message").GetString());
    }

    private static HttpRequestMessage Unauthenticated(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://{ConnectWiseSandbox.Host}{path}");
        request.Headers.Add("clientId", ConnectWiseSandbox.ClientId);
        return request;
    }
}
