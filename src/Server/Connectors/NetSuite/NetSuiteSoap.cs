using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>SuiteTalk 2016.2 SOAP plumbing: envelopes, posting them, and reading faults.</summary>
internal static class NetSuiteSoap
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Messages = "urn:messages_2016_2.platform.webservices.netsuite.com";
    public static readonly XNamespace Core = "urn:core_2016_2.platform.webservices.netsuite.com";

    /// <summary>An envelope with the prefixes Oracle's samples use (urn = messages, core = core).</summary>
    public static XDocument Message(XElement? header, XElement body) =>
        new(new XElement(Envelope + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Envelope),
            new XAttribute(XNamespace.Xmlns + "urn", Messages),
            new XAttribute(XNamespace.Xmlns + "core", Core),
            new XElement(Envelope + "Header", header),
            new XElement(Envelope + "Body", body)));

    /// <summary>Posts an envelope; the answer is returned whatever its status, as faults come back as 500s.</summary>
    public static async Task<SoapAnswer> PostAsync(HttpClient http, Uri endpoint, string action, XDocument envelope, string? sessionId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(envelope.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", action);
        if (sessionId is not null)
        {
            request.Headers.Add("Cookie", "JSESSIONID=" + sessionId);
        }

        using var response = await VendorCall.SendAsync(http, request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        XDocument? document = null;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException)
        {
            // Not SOAP (a proxy's HTML page, a maintenance notice): the caller reports the status and text.
        }

        return new SoapAnswer((int)response.StatusCode, text, document, SessionCookie(response.Headers));
    }

    private static string? SessionCookie(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return null;
        }

        foreach (var cookie in cookies)
        {
            var first = cookie.Split(';', 2)[0].Trim();
            if (first.StartsWith("JSESSIONID=", StringComparison.Ordinal))
            {
                return first["JSESSIONID=".Length..];
            }
        }

        return null;
    }
}

/// <summary>A SOAP answer: HTTP status, raw text, the parsed envelope (when XML) and any new JSESSIONID.</summary>
internal sealed record SoapAnswer(int Status, string Text, XDocument? Document, string? SessionId)
{
    /// <summary>
    /// NetSuite's verdict on an operation: null when it succeeded, otherwise its own words as
    /// <c>code: message</c> (a SOAP Fault's platform code and faultstring, or a
    /// <c>status isSuccess="false"</c> detail). Throws when the answer is not a SuiteTalk answer at all.
    /// </summary>
    public string? Refusal(string operation)
    {
        var body = Document?.Root?.Element(NetSuiteSoap.Envelope + "Body");
        if (body?.Element(NetSuiteSoap.Envelope + "Fault") is { } fault)
        {
            // The typed platform fault carries NetSuite's code; plain faultcode is only Axis's category.
            var code = fault.Element("detail")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "code")?.Value.Trim()
                       ?? fault.Element("faultcode")?.Value.Trim();
            return $"{code}: {fault.Element("faultstring")?.Value.Trim()}";
        }

        var status = body?.Element(NetSuiteSoap.Messages + operation + "Response")?.Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "status")
            ?? throw new VendorRejectedException($"NetSuite answered {operation} unexpectedly", $"HTTP {Status}: {Excerpt()}", statusCode: 502);
        if ((string?)status.Attribute("isSuccess") == "true")
        {
            return null;
        }

        var detail = status.Elements().FirstOrDefault(e => e.Name.LocalName == "statusDetail");
        return $"{Child(detail, "code")}: {Child(detail, "message")}";
    }

    private static string? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();

    private string Excerpt() => Text.Length <= 300 ? Text : Text[..300] + "…";
}
