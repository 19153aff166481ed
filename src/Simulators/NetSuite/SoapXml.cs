using System.Xml;
using System.Xml.Linq;

namespace OpenElements.Simulators.NetSuite;

/// <summary>The SuiteTalk 2016.2 namespaces and the few XML helpers the SOAP endpoint needs.</summary>
internal static class SoapXml
{
    public static readonly XNamespace Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Messages = "urn:messages_2016_2.platform.webservices.netsuite.com";
    public static readonly XNamespace Core = "urn:core_2016_2.platform.webservices.netsuite.com";
    public static readonly XNamespace Faults = "urn:faults_2016_2.platform.webservices.netsuite.com";
    public static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>
    /// A child in either the messages or the core namespace: Oracle's own samples put Passport and
    /// TokenPassport children under the messages prefix while the XSD types them as core.
    /// </summary>
    public static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName
                                               && (e.Name.Namespace == Messages || e.Name.Namespace == Core));

    public static string? Value(XElement? parent, string localName) => Child(parent, localName)?.Value.Trim();

    /// <summary>Parses a request without DTDs or external entities: the body is untrusted input.</summary>
    public static async Task<XDocument> LoadAsync(Stream body, CancellationToken ct)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(body, settings);
        return await XDocument.LoadAsync(reader, LoadOptions.None, ct);
    }

    /// <summary>A response envelope declaring the prefixes NetSuite declares on its root.</summary>
    public static XDocument Message(XElement? header, XElement body) =>
        new(new XElement(Envelope + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Envelope),
            new XAttribute(XNamespace.Xmlns + "xsd", Xsd),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            header is null ? null : new XElement(Envelope + "Header", header),
            new XElement(Envelope + "Body", body)));

    /// <summary>The serialized envelope behind the declaration NetSuite writes (XDocument.ToString drops it).</summary>
    public static string Serialize(XDocument document) =>
        """<?xml version="1.0" encoding="UTF-8"?>""" + document.Root!.ToString(SaveOptions.DisableFormatting);
}
