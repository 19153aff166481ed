using System.Globalization;
using System.Net;
using OpenElements.Simulators.NetSuite;
using static OpenElements.Server.UnitTests.NetSuite.NetSuiteTest;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>POST, PATCH and DELETE on the record API, and the nsErrors a write can meet.</summary>
public sealed class RecordWriteTests : NetSuiteDataTest
{
    [Fact]
    public async Task Customer_CreateReadPatchDelete_RoundTrips()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (created, body) = await SendAsync(HttpMethod.Post, "customer",
            """{"companyName":"Quokka Ventures LLC","email":"ap@quokka.example","subsidiary":{"id":"1"},"entityStatus":{"id":"6"}}""");
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.ValueKind);
        var newId = 107 + RecordTypes.CustomerCount;
        Assert.Equal($"{RecordBase}/customer/{newId}", created.Headers.Location?.ToString());

        var record = await GetJsonAsync($"customer/{newId}");
        Assert.Equal("Quokka Ventures LLC", record.GetProperty("companyName").GetString());
        Assert.Equal("LEAD-Unqualified", record.GetProperty("entityStatus").GetProperty("refName").GetString());
        Assert.Equal($"CUST00{newId}", record.GetProperty("entityId").GetString());
        Assert.False(record.GetProperty("isPerson").GetBoolean());
        var dateCreated = DateTimeOffset.Parse(record.GetProperty("dateCreated").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(dateCreated >= before, $"{dateCreated} < {before}");

        var (patched, _) = await SendAsync(HttpMethod.Patch, $"customer/{newId}", """{"phone":"+1 512-555-0199","entityStatus":{"id":"13"}}""");
        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        var after = await GetJsonAsync($"customer/{newId}");
        Assert.Equal("+1 512-555-0199", after.GetProperty("phone").GetString());
        Assert.Equal("CUSTOMER-Closed Won", after.GetProperty("entityStatus").GetProperty("refName").GetString());
        Assert.Equal("ap@quokka.example", after.GetProperty("email").GetString());

        var (deleted, _) = await SendAsync(HttpMethod.Delete, $"customer/{newId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var (gone, error) = await SendAsync(HttpMethod.Get, $"customer/{newId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("NONEXISTENT_ID", Code(error));
    }

    [Fact]
    public async Task Patch_SeededCustomer_BumpsLastModifiedSoAPollerFindsIt()
    {
        var before = await GetJsonAsync("customer/500");
        var since = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture);

        var (patched, _) = await SendAsync(HttpMethod.Patch, "customer/500", """{"url":"https://www.changed.example"}""");
        var changed = await GetJsonAsync($"customer?q={Uri.EscapeDataString($"lastModifiedDate ON_OR_AFTER \"{since}\"")}");

        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        Assert.Equal("500", Assert.Single(changed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var after = await GetJsonAsync("customer/500");
        Assert.Equal(before.GetProperty("dateCreated").GetString(), after.GetProperty("dateCreated").GetString());
        Assert.NotEqual(before.GetProperty("lastModifiedDate").GetString(), after.GetProperty("lastModifiedDate").GetString());
    }

    [Fact]
    public async Task Contact_CreateWithCompanyId_ReferenceGetsCustomersName()
    {
        var (created, _) = await SendAsync(HttpMethod.Post, "contact", """{"firstName":"Ada","lastName":"Lovelace","company":{"id":107}}""");
        var contact = await GetJsonAsync(created.Headers.Location!.ToString());

        Assert.Equal("Ada Lovelace", contact.GetProperty("entityId").GetString());
        Assert.Equal(RecordSeed.CustomerName(0), contact.GetProperty("company").GetProperty("refName").GetString());
    }

    [Fact]
    public async Task SupportCase_Create_GetsCaseNumberAndDefaultStatus()
    {
        var (created, _) = await SendAsync(HttpMethod.Post, "supportCase", """{"title":"Printer on fire","company":{"id":"108"},"priority":{"id":"1"}}""");
        var supportCase = await GetJsonAsync(created.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal("Not Started", supportCase.GetProperty("status").GetProperty("refName").GetString());
        Assert.Equal((1001 + RecordTypes.SupportCase.SeedCount).ToString(CultureInfo.InvariantCulture), supportCase.GetProperty("caseNumber").GetString());
    }

    [Theory]
    [InlineData("customer", """{"email":"x@y.example"}""", "USER_ERROR", "Error while accessing a resource. Please enter value(s) for: companyName.")]
    [InlineData("contact", """{"firstName":"Ada"}""", "USER_ERROR", "Please enter value(s) for: lastName.")]
    [InlineData("opportunity", """{"title":"No customer"}""", "USER_ERROR", "Please enter value(s) for: entity.")]
    [InlineData("customer", """{"companyName":"X","entityStatus":{"id":"9999"}}""", "INVALID_CONTENT",
        "Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: entityStatus")]
    [InlineData("opportunity", """{"entity":{"id":"42"}}""", "INVALID_CONTENT", "Invalid Field Value 42 for the following field: entity")]
    [InlineData("customer", """{"companyName":"X","creditLimit":"lots"}""", "INVALID_CONTENT", "Invalid Field Value lots for the following field: creditLimit")]
    [InlineData("customer", """{"companyName":"X","favouriteColour":"red"}""", "INVALID_CONTENT", "Invalid field 'favouriteColour' for record type 'customer'.")]
    [InlineData("customer", "[]", "INVALID_CONTENT", "must be a JSON object")]
    [InlineData("customer", "{", "INVALID_CONTENT", "not valid JSON")]
    public async Task Create_InvalidBody_Answers400NsError(string record, string json, string code, string detail)
    {
        var (response, error) = await SendAsync(HttpMethod.Post, record, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        Assert.Equal(code, Code(error));
        Assert.Contains(detail, Detail(error));
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Create_UnknownFieldWithNameValidationIgnore_Succeeds()
    {
        var (response, _) = await SendAsync(HttpMethod.Post, "customer", """{"companyName":"X","favouriteColour":"red"}""",
            r => r.Headers.Add("X-NetSuite-PropertyNameValidation", "Ignore"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Patch_ReadOnlyFields_AreIgnored()
    {
        var before = await GetJsonAsync("contact/3005");

        var (response, _) = await SendAsync(HttpMethod.Patch, "contact/3005", """{"id":"1","dateCreated":"2000-01-01T00:00:00Z","title":"CTO"}""");
        var after = await GetJsonAsync("contact/3005");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("3005", after.GetProperty("id").GetString());
        Assert.Equal(before.GetProperty("dateCreated").GetString(), after.GetProperty("dateCreated").GetString());
        Assert.Equal("CTO", after.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("PATCH", "customer/99")]
    [InlineData("DELETE", "opportunity/1")]
    [InlineData("PATCH", "supportCase/x")]
    public async Task Write_UnknownId_Answers404NonexistentId(string method, string target)
    {
        var (response, error) = await SendAsync(new HttpMethod(method), target, method == "PATCH" ? """{"title":"x"}""" : null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NONEXISTENT_ID", Code(error));
    }
}
