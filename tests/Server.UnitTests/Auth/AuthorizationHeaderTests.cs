using OpenElements.Server.Auth;

namespace OpenElements.Server.UnitTests.Auth;

public class AuthorizationHeaderTests
{
    [Theory]
    [InlineData("User u, Organization o, Element t")]
    [InlineData("Element t, User u, Organization o")]
    [InlineData("Organization o, Element t, User u")]
    [InlineData("User u,Organization o,Element t")]
    [InlineData("User u, Organization o, Element: t")]
    [InlineData("User u,Organization o,Element:t")]
    [InlineData("user u, ORGANIZATION o, eLeMeNt t")]
    [InlineData("  User   u ,\tOrganization  o  ,  Element\tt  ")]
    public void Parse_AllThreePartsInAnyForm_ReadsEach(string header)
    {
        var parsed = AuthorizationHeader.Parse(header);

        Assert.Equal(new AuthorizationHeader("u", "o", "t"), parsed);
    }

    [Theory]
    [InlineData("Organization o, User u")]
    [InlineData("User u, Organization o")]
    public void Parse_UserAndOrganizationOnly_ElementIsNull(string header)
    {
        var parsed = AuthorizationHeader.Parse(header);

        Assert.Equal(new AuthorizationHeader("u", "o", null), parsed);
    }

    [Fact]
    public void Parse_Base64Tokens_KeptWhole()
    {
        // Secrets and tokens are base64: '/', '+' and '=' are part of the value, never separators.
        var parsed = AuthorizationHeader.Parse("User ab/c+d==, Organization x+y/z=, Element: OF/+1epqoOahKecYhzAjJQTFjUwWqXD+s=");

        Assert.Equal("ab/c+d==", parsed.User);
        Assert.Equal("x+y/z=", parsed.Organization);
        Assert.Equal("OF/+1epqoOahKecYhzAjJQTFjUwWqXD+s=", parsed.Element);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",,")]
    public void Parse_EmptyOrMissing_AllNull(string? header)
    {
        var parsed = AuthorizationHeader.Parse(header);

        Assert.Equal(new AuthorizationHeader(null, null, null), parsed);
    }

    [Fact]
    public void Parse_UnknownParts_Ignored()
    {
        var parsed = AuthorizationHeader.Parse("Bearer abc, User u, Users nope, Org x, Organization o, Token: z");

        Assert.Equal(new AuthorizationHeader("u", "o", null), parsed);
    }

    [Theory]
    [InlineData("User u, Organization o, Element")]
    [InlineData("User u, Organization o, Element:")]
    [InlineData("User u, Organization o, Element :  ")]
    public void Parse_PartWithoutValue_IsNull(string header)
    {
        var parsed = AuthorizationHeader.Parse(header);

        Assert.Equal(new AuthorizationHeader("u", "o", null), parsed);
    }

    [Fact]
    public void Parse_BasicScheme_NothingRead()
    {
        // A standard scheme is not ours: "Basic dXNlcjpwdw==" must not be taken for any part.
        var parsed = AuthorizationHeader.Parse("Basic dXNlcjpwdw==");

        Assert.Equal(new AuthorizationHeader(null, null, null), parsed);
    }
}
