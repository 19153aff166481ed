using OpenElements.Server.Connectors.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

public sealed class OracleVersionListTests
{
    [Fact]
    public void Latest_NoIsLatestFlag_PicksHighestRelease()
    {
        var latest = OracleVersionList.Latest("""{"items":[{"version":"11.13.18.05"},{"version":"11.1.13"},{"version":"11.13.17.11"}]}""");

        Assert.Equal("11.13.18.05", latest);
    }

    [Fact]
    public void Latest_FlaggedVersion_WinsOverHigherNumber()
    {
        var latest = OracleVersionList.Latest("""{"items":[{"version":"11.13.18.05","isLatest":true},{"version":"11.13.19.01","isLatest":false}]}""");

        Assert.Equal("11.13.18.05", latest);
    }

    [Theory]
    [InlineData("<html><body>Sign in</body></html>")]
    [InlineData("""{"items":[]}""")]
    [InlineData("""{"title":"x"}""")]
    public void Latest_NotAVersionList_ReturnsNull(string body)
    {
        Assert.Null(OracleVersionList.Latest(body));
    }
}
