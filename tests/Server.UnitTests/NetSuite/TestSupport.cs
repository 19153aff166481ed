using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using OpenElements.Server.Connectors;
using OpenElements.Server.Connectors.Http;
using OpenElements.Simulators.Hosting;
using OpenElements.Simulators.NetSuite;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>A clock that stands still where a test puts it.</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>All simulators on a loopback listener, and a client that reaches them by vendor URL.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public SimulatorServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public NetSuiteSimulatorOptions Options => Server.Services.GetRequiredService<NetSuiteSimulatorOptions>();

    public async Task InitializeAsync()
    {
        Server = await SimulatorServer.StartAsync();
        Http = OutboundRoutingHandler.CreateClient(Server.BaseAddress, SimulatorCatalog.AllHosts);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Sandbox values and request builders shared by the NetSuite tests.</summary>
internal static class NetSuiteTest
{
    public const string Host = "1234567-sb1.suitetalk.api.netsuite.com";
    public const string SoapUrl = $"https://{Host}/services/NetSuitePort_2016_2";
    public const string RecordBase = $"https://{Host}/services/rest/record/v1";

    public static readonly XNamespace Soapenv = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Messages = "urn:messages_2016_2.platform.webservices.netsuite.com";
    public static readonly XNamespace Core = "urn:core_2016_2.platform.webservices.netsuite.com";
    public static readonly XNamespace Faults = "urn:faults_2016_2.platform.webservices.netsuite.com";

    public static IReadOnlyDictionary<string, string> Basic { get; } = SandboxCredentials.Load().For("netsuitecrmv2", "Basic");

    public static IReadOnlyDictionary<string, string> Tba { get; } = SandboxCredentials.Load().For("netsuitecrmv2", "TokenBasedAuthentication");

    public static readonly IReadOnlyDictionary<string, string> BasicRoles = new Dictionary<string, string>
    {
        ["accountId"] = "netsuite.accountId",
        ["email"] = "user.username",
        ["password"] = "user.password",
        ["roleId"] = "netsuite.sso.roleId",
        ["appId"] = "netsuite.appId",
    };

    public static readonly IReadOnlyDictionary<string, string> TbaRoles = new Dictionary<string, string>
    {
        ["accountId"] = "netsuite.accountId",
        ["consumerKey"] = "consumer_key",
        ["consumerSecret"] = "consumer_secret",
        ["tokenId"] = "token_id",
        ["tokenSecret"] = "token_secret",
    };

    /// <summary>A context over the sandbox values for an auth type, with some values replaced.</summary>
    public static ProvisioningContext Context(HttpClient http, string authType, TimeProvider? time = null, params (string Key, string? Value)[] overrides)
    {
        var basic = authType == "Basic";
        var configuration = (basic ? Basic : Tba).ToDictionary(p => p.Key, p => (string?)p.Value);
        foreach (var (key, value) in overrides)
        {
            configuration[key] = value;
        }

        return new ProvisioningContext("netsuitecrmv2", authType, basic ? BasicRoles : TbaRoles, configuration, http, time ?? TimeProvider.System);
    }

    /// <summary>A SOAP 1.1 envelope written by hand, with the prefixes of Oracle's samples.</summary>
    public static string Envelope(string header, string body) =>
        $"""<soapenv:Envelope xmlns:soapenv="{Soapenv.NamespaceName}" xmlns:urn="{Messages.NamespaceName}" xmlns:core="{Core.NamespaceName}"><soapenv:Header>{header}</soapenv:Header><soapenv:Body>{body}</soapenv:Body></soapenv:Envelope>""";

    public static string Passport(string? email = null, string? password = null, string? account = null, string role = "3") =>
        $"""<urn:passport><core:email>{email ?? Basic["user.username"]}</core:email><core:password>{password ?? Basic["user.password"]}</core:password><core:account>{account ?? Basic["netsuite.accountId"]}</core:account><core:role internalId="{role}"/></urn:passport>""";

    public static string AppInfo(string? appId = null) =>
        $"<urn:applicationInfo><urn:applicationId>{appId ?? Basic["netsuite.appId"]}</urn:applicationId></urn:applicationInfo>";

    public static async Task<(HttpResponseMessage Response, XDocument Xml)> PostSoapAsync(HttpClient http, string envelope, string? session = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SoapUrl) { Content = new StringContent(envelope) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        if (session is not null)
        {
            request.Headers.Add("Cookie", "JSESSIONID=" + session);
        }

        var response = await http.SendAsync(request);
        return (response, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static string? SessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith("JSESSIONID=", StringComparison.Ordinal))?["JSESSIONID=".Length..]
            : null;

    /// <summary>(faultcode, faultstring, platform fault element, code, message) of a fault envelope.</summary>
    public static (string FaultCode, string FaultString, string Element, string Code, string Message) Fault(XDocument xml)
    {
        var fault = xml.Root!.Element(Soapenv + "Body")!.Element(Soapenv + "Fault")!;
        var platform = fault.Element("detail")!.Elements().First(e => e.Name.Namespace == Faults);
        return (fault.Element("faultcode")!.Value, fault.Element("faultstring")!.Value, platform.Name.LocalName,
            platform.Element(Faults + "code")!.Value, platform.Element(Faults + "message")!.Value);
    }
}
