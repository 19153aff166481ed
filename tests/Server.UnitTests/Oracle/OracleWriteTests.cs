using System.Net;
using System.Text.Json;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

/// <summary>POST, GET, PATCH and DELETE on the Oracle resources, and the errors writes can meet.</summary>
public sealed class OracleWriteTests : OracleDataTest
{
    [Fact]
    public async Task Account_CreateReadPatchDelete_RoundTrips()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var created = await SendAsync(HttpMethod.Post, Resource("accounts"), """{"OrganizationName":"Quokka Ventures LLC","City":"Austin","State":"TX"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(OracleJson.ItemType, created.Content.Headers.ContentType?.MediaType);
        var item = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var number = item.GetProperty("PartyNumber").GetString()!;
        Assert.Equal($"CDRM_{1001 + OracleResources.AccountCount}", number);
        Assert.Equal(Resource("accounts/" + number), created.Headers.Location?.ToString());
        Assert.Equal(Sandbox["username"], item.GetProperty("CreatedBy").GetString());
        var creation = DateTimeOffset.Parse(item.GetProperty("CreationDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(creation >= before, $"{creation} < {before}");
        Assert.Equal(item.GetProperty("CreationDate").GetString(), item.GetProperty("LastUpdateDate").GetString());

        var read = await GetJsonAsync(Resource("accounts/" + number));
        Assert.Equal("Quokka Ventures LLC", read.GetProperty("OrganizationName").GetString());

        using var patched = await SendAsync(HttpMethod.Patch, Resource("accounts/" + number), """{"City":"Denver","State":"CO"}""");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var after = JsonDocument.Parse(await patched.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Denver", after.GetProperty("City").GetString());
        Assert.Equal("Quokka Ventures LLC", after.GetProperty("OrganizationName").GetString());

        using var deleted = await SendAsync(HttpMethod.Delete, Resource("accounts/" + number));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await SendAsync(HttpMethod.Get, Resource("accounts/" + number));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await SendAsync(HttpMethod.Delete, Resource("accounts/" + number));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Patch_SeededOpportunity_BumpsLastUpdateDateAndKeepsOtherAttributes()
    {
        var before = await GetJsonAsync(Resource("opportunities/CDRM_300001"));

        using var patched = await SendAsync(HttpMethod.Patch, Resource("opportunities/CDRM_300001"), """{"Revenue":12345.5,"SalesStage":"05 - Negotiate"}""", contentType: "application/json");
        var after = JsonDocument.Parse(await patched.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(12345.5m, after.GetProperty("Revenue").GetDecimal());
        Assert.Equal(before.GetProperty("Name").GetString(), after.GetProperty("Name").GetString());
        Assert.Equal(before.GetProperty("CreationDate").GetString(), after.GetProperty("CreationDate").GetString());
        Assert.True(DateTimeOffset.Parse(after.GetProperty("LastUpdateDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                    > DateTimeOffset.Parse(before.GetProperty("LastUpdateDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Sandbox["username"], after.GetProperty("LastUpdatedBy").GetString());
        // A poller asking for changes since the old stamp now finds it.
        var changed = await GetJsonAsync(Resource($"opportunities?onlyData=true&fields=OptyNumber&q={Uri.EscapeDataString($"LastUpdateDate > '{before.GetProperty("LastUpdateDate").GetString()}' and OptyNumber = 'CDRM_300001'")}"), framework: 2);
        Assert.Equal(1, changed.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Lead_Create_IsAddressedByLeadId()
    {
        using var created = await SendAsync(HttpMethod.Post, Resource("leads"), """{"Name":"Quokka Ventures - Pilot","Rank":"HOT"}""");
        var item = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var leadId = item.GetProperty("LeadId").GetInt64();

        var read = await GetJsonAsync(Resource($"leads/{leadId}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Quokka Ventures - Pilot", read.GetProperty("Name").GetString());
        Assert.StartsWith("CDRM_", read.GetProperty("LeadNumber").GetString());
    }

    [Fact]
    public async Task Contact_CreateWithoutContactName_DerivesIt()
    {
        using var created = await SendAsync(HttpMethod.Post, Resource("contacts"), """{"FirstName":"Ada","LastName":"Lovelace"}""");
        var item = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("Ada Lovelace", item.GetProperty("ContactName").GetString());
    }

    [Theory]
    [InlineData("accounts", """{"City":"Austin"}""", "Attribute OrganizationName in accounts is required.")]
    [InlineData("accounts", """{"OrganizationName":"X","Color":"red"}""", "Color is not an attribute of accounts.")]
    [InlineData("accounts", """{"OrganizationName":"X","PartyId":1}""", "Attribute PartyId in accounts is read only.")]
    [InlineData("accounts", """{"OrganizationName":"X","PartyNumber":"CDRM_1001"}""", "A row with PartyNumber CDRM_1001 already exists in accounts.")]
    [InlineData("opportunities", """{"Name":"X","Revenue":"lots"}""", "The value \"lots\" of attribute Revenue is not a valid number.")]
    [InlineData("opportunities", """{"Name":"X","EffectiveDate":"next week"}""", "of attribute EffectiveDate is not a valid date (yyyy-MM-dd).")]
    [InlineData("opportunities", "[1,2]", "The request body must be a JSON object of attributes.")]
    [InlineData("opportunities", "{", "The request body is not valid JSON")]
    public async Task Create_InvalidBody_Answers400Text(string resource, string body, string message)
    {
        using var response = await SendAsync(HttpMethod.Post, Resource(resource), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Patch_KeyAttribute_Answers400()
    {
        using var response = await SendAsync(HttpMethod.Patch, Resource("accounts/CDRM_1001"), """{"PartyNumber":"CDRM_9"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Attribute PartyNumber in accounts is read only.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_Framework4_ErrorIsAdfJson()
    {
        using var response = await SendAsync(HttpMethod.Post, Resource("accounts"), "{}", framework: 4);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(OracleErrors.ErrorType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bad Request", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Attribute OrganizationName in accounts is required.", json.RootElement.GetProperty("o:errorDetails")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_TextPlainBody_Answers415()
    {
        using var response = await SendAsync(HttpMethod.Post, Resource("accounts"), """{"OrganizationName":"X"}""", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("PATCH", "accounts/CDRM_999999")]
    [InlineData("DELETE", "contacts/CDRM_1")]
    [InlineData("GET", "leads/42")]
    [InlineData("GET", "widgets")]
    public async Task Item_Unknown_Answers404(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), Resource(path), method == "PATCH" ? """{"City":"X"}""" : null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
