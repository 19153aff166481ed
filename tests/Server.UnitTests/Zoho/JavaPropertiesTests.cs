using OpenElements.Server.Connectors.Zoho;

namespace OpenElements.Server.UnitTests.Zoho;

public sealed class JavaPropertiesTests
{
    [Fact]
    public void Parse_ZohoSample_ReadsPairsAndSkipsComments()
    {
        var values = JavaProperties.Parse("#\r\n#Wed Feb 29 03:07:33 PST 2012\r\nAUTHTOKEN=bad18eba1ff45jk7858b8ae88a77fa30\r\nRESULT=TRUE\r\n");

        Assert.Equal(2, values.Count);
        Assert.Equal("bad18eba1ff45jk7858b8ae88a77fa30", values["AUTHTOKEN"]);
        Assert.Equal("TRUE", values["RESULT"]);
    }

    [Fact]
    public void Parse_ColonSeparatorAndEscapes_Unescapes()
    {
        var values = JavaProperties.Parse("  CAUSE : A\\=B\\u0041\n! comment\nkey\\ with\\ blank=x");

        Assert.Equal("A=BA", values["CAUSE"]);
        Assert.Equal("x", values["key with blank"]);
    }
}
