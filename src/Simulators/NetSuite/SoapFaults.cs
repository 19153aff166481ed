using System.Xml.Linq;

namespace OpenElements.Simulators.NetSuite;

/// <summary>A NetSuite platform fault: the detail element's name, its <c>code</c> and its <c>message</c>.</summary>
public sealed record SoapFault(string Element, string Code, string Message)
{
    /// <summary>
    /// The envelope NetSuite (Axis 1) sends: faultcode <c>soapenv:Server.userException</c>, the message
    /// as faultstring, and the typed platform fault plus Axis's hostname in the detail.
    /// </summary>
    public XDocument ToEnvelope() =>
        SoapXml.Message(null,
            new XElement(SoapXml.Envelope + "Fault",
                new XElement("faultcode", "soapenv:Server.userException"),
                new XElement("faultstring", Message),
                new XElement("detail",
                    new XElement(SoapXml.Faults + Element,
                        new XAttribute(XNamespace.Xmlns + "platformFaults", SoapXml.Faults),
                        new XElement(SoapXml.Faults + "code", Code),
                        new XElement(SoapXml.Faults + "message", Message)),
                    new XElement(AxisNs + "hostname", new XAttribute(XNamespace.Xmlns + "ns1", AxisNs), "sim01.prod.sim.netledger.com"))));

    private static readonly XNamespace AxisNs = "http://xml.apache.org/axis/";
}

/// <summary>Thrown inside the SOAP pipeline; the endpoint turns it into an HTTP 500 fault envelope.</summary>
public sealed class SoapFaultException(SoapFault fault) : Exception(fault.Message)
{
    public SoapFault Fault { get; } = fault;
}

/// <summary>Faults whose code and text are documented or widely quoted; the [M] ones live in the options.</summary>
internal static class SoapFaults
{
    // The exact fault of a wrong email or password (brief + NetSuite support articles).
    public static readonly SoapFault InvalidCredentials = new("invalidCredentialsFault", "INVALID_LOGIN_CREDENTIALS",
        "You have entered an invalid email address or password. Please try again.");

    // TBA failures all read the same; the reason is only in the account's Login Audit Trail.
    public static readonly SoapFault InvalidLoginAttempt = new("invalidCredentialsFault", "INVALID_LOGIN_ATTEMPT", "Invalid login attempt.");

    // REVIEW: [M] wording of the "no session / expired session" fault.
    public static readonly SoapFault SessionTimedOut = new("invalidSessionFault", "SESSION_TIMED_OUT",
        "Your connection has timed out. Please log in again.");

    // REVIEW: [M] wording; the code is the documented one for a second user-credential session.
    public static readonly SoapFault ConcurrentSession = new("exceededRequestLimitFault", "WS_CONCUR_SESSION_DISALLWD",
        "Only one request may be made against a session at a time");

    // The standard NetSuite permission-violation sentence, naming the Web Services permission.
    public static readonly SoapFault NoWebServicesPermission = new("insufficientPermissionFault", "INSUFFICIENT_PERMISSION",
        "Permission Violation: You need the 'Web Services' permission to access this page. Please contact your account administrator.");

    // REVIEW: [M] code and text for login called with a TokenPassport (TBA has no login operation).
    public static readonly SoapFault LoginWithToken = new("invalidCredentialsFault", "INVALID_LOGIN_ATTEMPT", "Invalid login attempt.");

    public static SoapFault Client(string message) => new("unexpectedErrorFault", "UNEXPECTED_ERROR", message);
}
