using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenElements.Simulators.NetSuite;

/// <summary>What the SOAP endpoint answers: an envelope, its status, and any session cookie change.</summary>
public sealed record SoapReply(XDocument Envelope, int StatusCode, string? NewSessionId = null, bool SessionEnded = false);

/// <summary>
/// SuiteTalk 2016.2 over SOAP 1.1 (document/literal): <c>login</c>, <c>logout</c> and <c>getServerTime</c>,
/// the last one authenticated by a session cookie, a request-level Passport or a TokenPassport.
/// </summary>
public sealed partial class NetSuiteSoapService(
    NetSuiteSandbox sandbox,
    PassportAuthenticator passports,
    TokenPassportVerifier tokens,
    SessionStore sessions,
    TimeProvider time,
    NetSuiteSimulatorOptions options,
    ILogger<NetSuiteSoapService> logger)
{
    public async Task<SoapReply> HandleAsync(Stream body, string? sessionId, CancellationToken ct)
    {
        try
        {
            XDocument document;
            try
            {
                document = await SoapXml.LoadAsync(body, ct);
            }
            catch (XmlException e)
            {
                // REVIEW: [M] Axis answers unparsable XML with a SAX message; the exact text is not reproduced.
                throw new SoapFaultException(SoapFaults.Client("org.xml.sax.SAXParseException: " + e.Message));
            }

            var envelope = document.Root;
            if (envelope?.Name != SoapXml.Envelope + "Envelope")
            {
                throw new SoapFaultException(SoapFaults.Client("The request is not a SOAP 1.1 envelope."));
            }

            var header = envelope.Element(SoapXml.Envelope + "Header");
            var operation = envelope.Element(SoapXml.Envelope + "Body")?.Elements().FirstOrDefault();
            if (operation is null || operation.Name.Namespace != SoapXml.Messages)
            {
                throw new SoapFaultException(SoapFaults.Client(
                    $"No operation in the {SoapXml.Messages.NamespaceName} namespace in the SOAP body."));
            }

            return operation.Name.LocalName switch
            {
                "login" => Login(header, operation),
                "logout" => Logout(sessionId),
                "getServerTime" => GetServerTime(header, sessionId),
                var name => throw new SoapFaultException(SoapFaults.Client($"The operation '{name}' is not supported by this endpoint.")),
            };
        }
        catch (SoapFaultException e)
        {
            LogFault(logger, e.Fault.Code);
            // SOAP 1.1 over HTTP: every fault is a 500.
            return new SoapReply(e.Fault.ToEnvelope(), StatusCodes.Status500InternalServerError);
        }
    }

    private SoapReply Login(XElement? header, XElement operation)
    {
        // TBA has no login operation: credentials travel on every request.
        if (SoapXml.Child(header, "tokenPassport") is not null)
        {
            throw new SoapFaultException(SoapFaults.LoginWithToken);
        }

        var passport = SoapXml.Child(operation, "passport")
            ?? throw new SoapFaultException(SoapFaults.Client("login requires a passport."));
        var role = passports.Authenticate(passport, ApplicationId(header));
        var session = sessions.Open(SoapXml.Value(passport, "email")!, role.InternalId);

        var roles = new XElement(SoapXml.Core + "wsRoleList",
            sandbox.User.Roles.Select(r => new XElement(SoapXml.Core + "wsRole",
                new XElement(SoapXml.Core + "role", new XAttribute("internalId", r.InternalId),
                    new XElement(SoapXml.Core + "name", r.Name)),
                new XElement(SoapXml.Core + "isDefault", Bool(r.IsDefault)),
                new XElement(SoapXml.Core + "isInactive", "false"),
                new XElement(SoapXml.Core + "isLoggedInRole", Bool(r.InternalId == role.InternalId)))));
        var response = Response("loginResponse",
            new XElement(SoapXml.Messages + "sessionResponse",
                Success(),
                new XElement(SoapXml.Core + "userId", new XAttribute("internalId", sandbox.User.UserId)),
                roles));
        return new SoapReply(response, 200, NewSessionId: session.Id);
    }

    private SoapReply Logout(string? sessionId)
    {
        var session = sessions.Find(sessionId) ?? throw new SoapFaultException(SoapFaults.SessionTimedOut);
        sessions.Close(session.Id);
        return new SoapReply(Response("logoutResponse", new XElement(SoapXml.Messages + "sessionResponse", Success())), 200, SessionEnded: true);
    }

    private SoapReply GetServerTime(XElement? header, string? sessionId)
    {
        Authorize(header, sessionId);
        var now = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return new SoapReply(Response("getServerTimeResponse",
            new XElement(SoapXml.Messages + "getServerTimeResult", Success(), new XElement(SoapXml.Core + "serverTime", now))), 200);
    }

    /// <summary>Authenticates a non-login operation: TokenPassport, request-level Passport, or session cookie.</summary>
    private void Authorize(XElement? header, string? sessionId)
    {
        var applicationId = ApplicationId(header);
        if (SoapXml.Child(header, "tokenPassport") is { } tokenPassport)
        {
            // Documented: a TBA request must not carry an application id.
            if (SoapXml.Child(header, "applicationInfo") is not null)
            {
                throw new SoapFaultException(options.TokenWithApplicationIdFault);
            }

            if (tokens.Verify(tokenPassport) is { } reason)
            {
                LogTokenRejected(logger, reason);
                throw new SoapFaultException(SoapFaults.InvalidLoginAttempt);
            }

            return;
        }

        if (SoapXml.Child(header, "passport") is { } passport)
        {
            // Request-level credentials, still allowed on pre-2020.2 endpoints such as this one.
            passports.Authenticate(passport, applicationId);
            return;
        }

        _ = sessions.Find(sessionId) ?? throw new SoapFaultException(SoapFaults.SessionTimedOut);
    }

    private static string? ApplicationId(XElement? header) => SoapXml.Value(SoapXml.Child(header, "applicationInfo"), "applicationId");

    private XDocument Response(string name, XElement content) =>
        SoapXml.Message(DocumentInfo(),
            new XElement(SoapXml.Messages + name,
                new XAttribute("xmlns", SoapXml.Messages.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "platformCore", SoapXml.Core),
                content));

    // Every NetSuite response names itself in a documentInfo header; support asks for this nsId.
    private XElement DocumentInfo() =>
        new(SoapXml.Messages + "documentInfo",
            new XAttribute(XNamespace.Xmlns + "platformMsgs", SoapXml.Messages),
            new XElement(SoapXml.Messages + "nsId",
                $"WEBSERVICES_{sandbox.Realm}_{time.GetUtcNow():MMddyyyy}{RandomNumberGenerator.GetInt32(100_000_000, 999_999_999)}"));

    private static XElement Success() => new(SoapXml.Core + "status", new XAttribute("isSuccess", "true"));

    private static string Bool(bool value) => value ? "true" : "false";

    [LoggerMessage(Level = LogLevel.Debug, Message = "NetSuite SOAP fault {Code}")]
    private static partial void LogFault(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Debug, Message = "NetSuite TokenPassport refused: {Reason}")]
    private static partial void LogTokenRejected(ILogger logger, string reason);
}
