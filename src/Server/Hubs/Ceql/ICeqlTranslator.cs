namespace OpenElements.Server.Hubs.Ceql;

/// <summary>
/// Turns a CEQL expression into one vendor's native list filter. Whatever the vendor cannot say
/// exactly throws <see cref="CeqlUnsupportedException"/>; nothing is dropped or widened.
/// </summary>
public interface ICeqlTranslator
{
    /// <summary>The vendor as messages name it, e.g. "Zoho CRM".</summary>
    string Vendor { get; }

    VendorFilter Translate(CeqlExpression expression, IFieldMap fields);
}

/// <summary>A native filter: the query parameter to send and its (not yet URL-encoded) value.</summary>
public sealed record VendorFilter(string Parameter, string Value);
