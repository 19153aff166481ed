using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class CeqlListParserTests
{
    [Fact]
    public void ParseOrderBy_DocsExample_Ascending()
    {
        Assert.Equal([new CeqlSort("MailingCity", CeqlSortDirection.Ascending)], CeqlParser.ParseOrderBy("MailingCity asc"));
    }

    [Fact]
    public void ParseOrderBy_SeveralFields_DefaultsToAscending()
    {
        var sorts = CeqlParser.ParseOrderBy("Name, Created DESC,`First Name` asc , address.city");

        Assert.Equal(
            [
                new CeqlSort("Name", CeqlSortDirection.Ascending),
                new CeqlSort("Created", CeqlSortDirection.Descending),
                new CeqlSort("First Name", CeqlSortDirection.Ascending),
                new CeqlSort("address.city", CeqlSortDirection.Ascending),
            ],
            sorts);
    }

    [Theory]
    [InlineData("Name up", "Expected asc, desc, ',' or end of input after 'Name' at position 6, found 'up'")]
    [InlineData("Name asc desc", "Expected asc, desc, ',' or end of input after 'Name' at position 10, found 'desc'")]
    [InlineData("Name,", "Expected a field name after ',' at position 6, found end of input")]
    [InlineData("", "Expected a field name at position 1, found end of input")]
    [InlineData("'Name'", "Expected a field name at position 1, found the string 'Name'")]
    [InlineData("Name asc, name desc", "Expected each field once in orderBy, found 'name' again at position 11")]
    public void ParseOrderBy_Invalid_NamesPosition(string orderBy, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.ParseOrderBy(orderBy)).Message);
    }

    [Fact]
    public void ParseFields_List_KeepsOrderAndDropsRepeats()
    {
        Assert.Equal(["id", "name", "First Name", "address.city"], CeqlParser.ParseFields("id, name,`First Name`,address.city,ID"));
    }

    [Theory]
    [InlineData("id,,name", "Expected a field name after ',' at position 4, found ','")]
    [InlineData("id name", "Expected ',' or end of input after 'id' at position 4, found 'name'")]
    [InlineData("*", "Expected a field name at position 1, found '*'")]
    public void ParseFields_Invalid_NamesPosition(string fields, string message)
    {
        Assert.Equal(message, Assert.Throws<CeqlParseException>(() => CeqlParser.ParseFields(fields)).Message);
    }
}
