using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

/// <summary>One field map for every translator test: a field of each type under a vendor-style name.</summary>
internal static class TranslatorFixture
{
    public static readonly FieldMap Fields = FieldMap.Of(
        ("Name", "companyName", CeqlFieldType.String),
        ("Email", "email", CeqlFieldType.String),
        ("Revenue", "revenue", CeqlFieldType.Number),
        ("Active", "isActive", CeqlFieldType.Boolean),
        ("Modified", "lastModifiedDate", CeqlFieldType.Date),
        ("Owner", "owner", CeqlFieldType.Reference));

    public static string Translate(ICeqlTranslator translator, string where) =>
        translator.Translate(CeqlParser.Parse(where), Fields).Value;

    public static string Refusal(ICeqlTranslator translator, string where)
    {
        var error = Assert.Throws<CeqlUnsupportedException>(() => translator.Translate(CeqlParser.Parse(where), Fields));
        Assert.Equal(translator.Vendor, error.Vendor);
        return error.Message;
    }
}
