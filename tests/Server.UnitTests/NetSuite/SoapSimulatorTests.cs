using System.Net;
using System.Xml.Linq;
using OpenElements.Server.Connectors.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>The simulated SuiteTalk 2016.2 SOAP port over real HTTP, with hand-written envelopes.</summary>
public sealed class SoapSimulatorTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private Task<(HttpResponseMessage Response, XDocument Xml)> PostAsync(string envelope, string? session = null) =>
        PostSoapAsync(fixture.Http, envelope, session);

    private static string Login(string passport) => $"<urn:login>{passport}</urn:login>";

    private const string GetServerTime = "<urn:getServerTime/>";

    [Fact]
    public async Task Login_SandboxPassport_ReturnsSessionCookieAndRoles()
    {
        var (response, xml) = await PostAsync(Envelope(AppInfo(), Login(Passport())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = xml.Descendants(Messages + "sessionResponse").Single();
        Assert.Equal("true", (string?)session.Element(Core + "status")!.Attribute("isSuccess"));
        var loggedIn = session.Descendants(Core + "wsRole").Single(r => r.Element(Core + "isLoggedInRole")!.Value == "true");
        Assert.Equal("3", (string?)loggedIn.Element(Core + "role")!.Attribute("internalId"));
        Assert.NotNull(SessionCookie(response));
    }

    [Fact]
    public async Task Login_WrongPassword_FaultsExactlyAsNetSuite()
    {
        var (response, xml) = await PostAsync(Envelope(AppInfo(), Login(Passport(password: "wrong"))));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var fault = Fault(xml);
        Assert.Equal("soapenv:Server.userException", fault.FaultCode);
        Assert.Equal("You have entered an invalid email address or password. Please try again.", fault.FaultString);
        Assert.Equal("invalidCredentialsFault", fault.Element);
        Assert.Equal("INVALID_LOGIN_CREDENTIALS", fault.Code);
        Assert.Equal(fault.FaultString, fault.Message);
        Assert.Null(SessionCookie(response));
    }

    [Fact]
    public async Task Login_EmailInOtherCase_Succeeds()
    {
        var (response, _) = await PostAsync(Envelope(AppInfo(), Login(Passport(email: Basic["user.username"].ToUpperInvariant()))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_OtherAccount_FaultsInvalidAccount()
    {
        var (_, xml) = await PostAsync(Envelope(AppInfo(), Login(Passport(account: "7654321"))));

        Assert.Equal(("invalidAccountFault", "INVALID_ACCT"), (Fault(xml).Element, Fault(xml).Code));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Login_MissingOrUnknownApplicationId_Faults(bool sendUnknownId)
    {
        var header = sendUnknownId ? AppInfo("00000000-0000-0000-0000-000000000000") : "";

        var (response, xml) = await PostAsync(Envelope(header, Login(Passport())));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INVALID_LOGIN_ATTEMPT", Fault(xml).Code);
    }

    [Fact]
    public async Task Login_RoleNotAssigned_FaultsInvalidRole()
    {
        var (_, xml) = await PostAsync(Envelope(AppInfo(), Login(Passport(role: "999"))));

        Assert.Equal("INVALID_ROLE", Fault(xml).Code);
    }

    [Fact]
    public async Task Login_RoleWithoutWebServicesPermission_FaultsInsufficientPermission()
    {
        var (_, xml) = await PostAsync(Envelope(AppInfo(), Login(Passport(role: "14"))));

        Assert.Equal(("insufficientPermissionFault", "INSUFFICIENT_PERMISSION"), (Fault(xml).Element, Fault(xml).Code));
    }

    [Fact]
    public async Task Logout_WithSessionCookie_EndsTheSession()
    {
        var (login, _) = await PostAsync(Envelope(AppInfo(), Login(Passport())));
        var session = SessionCookie(login)!;

        var (before, _) = await PostAsync(Envelope("", GetServerTime), session);
        var (logout, logoutXml) = await PostAsync(Envelope("", "<urn:logout/>"), session);
        var (after, afterXml) = await PostAsync(Envelope("", GetServerTime), session);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal("true", (string?)logoutXml.Descendants(Core + "status").Single().Attribute("isSuccess"));
        Assert.Equal(HttpStatusCode.InternalServerError, after.StatusCode);
        Assert.Equal("SESSION_TIMED_OUT", Fault(afterXml).Code);
    }

    [Fact]
    public async Task GetServerTime_NoCredentials_FaultsSessionTimedOut()
    {
        var (_, xml) = await PostAsync(Envelope("", GetServerTime));

        Assert.Equal("SESSION_TIMED_OUT", Fault(xml).Code);
    }

    [Fact]
    public async Task GetServerTime_RequestLevelPassport_Succeeds()
    {
        var (response, xml) = await PostAsync(Envelope(Passport() + AppInfo(), GetServerTime));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(xml.Descendants(Core + "serverTime").Single().Value);
    }

    [Fact]
    public async Task GetServerTime_SignedTokenPassport_Succeeds()
    {
        var (response, xml) = await PostAsync(Envelope(TokenPassport(), GetServerTime));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", (string?)xml.Descendants(Core + "status").Single().Attribute("isSuccess"));
    }

    [Fact]
    public async Task GetServerTime_TokenPassportWithApplicationId_Faults()
    {
        var (response, xml) = await PostAsync(Envelope(TokenPassport() + AppInfo(), GetServerTime));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INVALID_LOGIN_ATTEMPT", Fault(xml).Code);
    }

    [Fact]
    public async Task GetServerTime_TokenPassportSignedWithWrongSecret_FaultsInvalidLoginAttempt()
    {
        var (_, xml) = await PostAsync(Envelope(TokenPassport(tokenSecret: "wrong"), GetServerTime));

        Assert.Equal(("INVALID_LOGIN_ATTEMPT", "Invalid login attempt."), (Fault(xml).Code, Fault(xml).FaultString));
    }

    [Fact]
    public async Task GetServerTime_ReplayedTokenPassport_Faults()
    {
        var header = TokenPassport();

        var (first, _) = await PostAsync(Envelope(header, GetServerTime));
        var (replay, xml) = await PostAsync(Envelope(header, GetServerTime));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, replay.StatusCode);
        Assert.Equal("INVALID_LOGIN_ATTEMPT", Fault(xml).Code);
    }

    [Fact]
    public async Task Login_WithTokenPassport_Faults()
    {
        var (response, _) = await PostAsync(Envelope(TokenPassport(), Login(Passport())));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(SessionCookie(response));
    }

    [Fact]
    public async Task Soap_NotXml_FaultsWith500()
    {
        var (response, xml) = await PostAsync("<soapenv:Envelope");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("soapenv:Server.userException", Fault(xml).FaultCode);
    }

    /// <summary>A TokenPassport signed by the server's signer with the sandbox TBA credentials, now.</summary>
    private static string TokenPassport(string? tokenSecret = null)
    {
        var nonce = OAuth1Signer.NewNonce();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = TokenPassportSigner.Sign("1234567_SB1", Tba["consumer_key"], Tba["token_id"], nonce, timestamp,
            Tba["consumer_secret"], tokenSecret ?? Tba["token_secret"]);
        return $"""<urn:tokenPassport><core:account>1234567_SB1</core:account><core:consumerKey>{Tba["consumer_key"]}</core:consumerKey><core:token>{Tba["token_id"]}</core:token><core:nonce>{nonce}</core:nonce><core:timestamp>{timestamp}</core:timestamp><core:signature algorithm="HMAC-SHA256">{signature}</core:signature></urn:tokenPassport>""";
    }
}
