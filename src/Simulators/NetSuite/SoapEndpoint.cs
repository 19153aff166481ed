using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.NetSuite;

/// <summary>HTTP side of the SOAP port: the JSESSIONID cookie in and out, the envelope as text/xml.</summary>
internal static class SoapEndpoint
{
    public const string Path = "/services/NetSuitePort_2016_2";

    private const string SessionCookie = "JSESSIONID";

    public static async Task<IResult> HandleAsync(HttpContext http, NetSuiteSoapService soap, CancellationToken ct)
    {
        var reply = await soap.HandleAsync(http.Request.Body, http.Request.Cookies[SessionCookie], ct);
        if (reply.NewSessionId is { } id)
        {
            // Secure, as NetSuite's is: it also keeps a test client's cookie jar from replaying it over loopback http.
            http.Response.Cookies.Append(SessionCookie, id, new CookieOptions { Path = "/", Secure = true, HttpOnly = true });
        }
        else if (reply.SessionEnded)
        {
            http.Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = "/", Secure = true, HttpOnly = true });
        }

        return Results.Content(SoapXml.Serialize(reply.Envelope), SoapXml.ContentType, statusCode: reply.StatusCode);
    }
}
