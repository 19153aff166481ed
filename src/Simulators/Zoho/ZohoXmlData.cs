using System.Xml;
using System.Xml.Linq;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// v1's <c>xmlData</c>: <c>&lt;Leads&gt;&lt;row no="1"&gt;&lt;FL val="Last Name"&gt;Smith&lt;/FL&gt;&lt;/row&gt;&lt;/Leads&gt;</c>.
/// Returns the rows as label/value lists, or null when the text is not that shape (4835).
/// </summary>
internal static class ZohoXmlData
{
    /// <summary>v1 took at most this many rows per insert or update.</summary>
    public const int MaxRows = 100;

    public static List<List<KeyValuePair<string, string>>>? Parse(string xml, ZohoModule module)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException)
        {
            return null;
        }

        // REVIEW: [M] a root naming another module is refused like unreadable XML.
        if (document.Root?.Name.LocalName != module.Name)
        {
            return null;
        }

        var rows = document.Root.Elements("row")
            .Select(row => row.Elements("FL")
                .Where(fl => fl.Attribute("val") is not null)
                .Select(fl => KeyValuePair.Create(fl.Attribute("val")!.Value, fl.Value))
                .ToList())
            .ToList();
        return rows.Count is > 0 and <= MaxRows ? rows : null;
    }
}
