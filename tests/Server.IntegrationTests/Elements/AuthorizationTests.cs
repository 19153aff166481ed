using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Elements;

[Collection(ServerCollection.Name)]
public sealed class AuthorizationTests(ServerFactory server)
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("User wrong-user, Organization wrong-org")]
    [InlineData("User " + ServerFactory.UserSecret + ", Organization wrong-org")]
    [InlineData("User wrong-user, Organization " + ServerFactory.OrganizationSecret)]
    [InlineData("Organization " + ServerFactory.OrganizationSecret)]
    [InlineData("User " + ServerFactory.UserSecret)]
    [InlineData("Bearer " + ServerFactory.UserSecret)]
    public async Task PlatformCall_WithMissingOrWrongSecrets_Returns401WithThePlatformsMessage(string? header)
    {
        var client = Anonymous(header);
        Json.AssertWireError(await Json.GetAsync(client, "instances"), 401, "Invalid Organization or User secret, or invalid Element token provided.");
        Json.AssertWireError(await Json.PostAsync(client, "instances", Seeds.For("zohocrm").Body), 401);
    }

    [Theory]
    [InlineData("User " + ServerFactory.UserSecret + ", Organization " + ServerFactory.OrganizationSecret)]
    [InlineData("Organization " + ServerFactory.OrganizationSecret + ", User " + ServerFactory.UserSecret)]
    [InlineData("User " + ServerFactory.UserSecret + ",Organization " + ServerFactory.OrganizationSecret)]
    [InlineData("user " + ServerFactory.UserSecret + ", organization " + ServerFactory.OrganizationSecret)]
    public async Task PlatformCall_WithTheHeaderInAnyOrderAndSpacing_IsAccepted(string header) =>
        Assert.Equal(200, (await Json.GetAsync(Anonymous(header), "elements/keys")).Status);

    [Theory]
    [InlineData("User {u}, Organization {o}, Element {t}")]
    [InlineData("Element {t}, User {u}, Organization {o}")]
    [InlineData("User {u}, Organization {o}, Element: {t}")]
    [InlineData("User {u}, Element {t}")]
    public async Task ElementTokenRoute_WithTheTokenInAnyAcceptedForm_FindsTheInstance(string template)
    {
        var created = await Seeds.ProvisionAsync(server.CreateTenantClient(), Seeds.For("zohocrm"));
        var header = template.Replace("{u}", ServerFactory.UserSecret).Replace("{o}", ServerFactory.OrganizationSecret)
            .Replace("{t}", created["token"]!.GetValue<string>());
        var rows = await Json.GetAsync(Anonymous(header), "instances/configuration");
        Assert.True(rows.Status == 200, rows.Text);
    }

    [Fact]
    public async Task ElementToken_OfAnotherOrganization_Returns401()
    {
        var other = await server.CreateIsolatedTenantAsync();
        var created = await Seeds.ProvisionAsync(other, Seeds.For("zohocrm"));
        var header = $"User {ServerFactory.UserSecret}, Organization {ServerFactory.OrganizationSecret}, Element {created["token"]}";
        Json.AssertWireError(await Json.GetAsync(Anonymous(header), "instances/configuration"), 401);
    }

    [Fact]
    public async Task ErrorResponses_CarryTheRequestIdHeaderMatchingTheBody()
    {
        using var response = await Anonymous(null).GetAsync("instances");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(body["requestId"]!.GetValue<string>(), response.Headers.GetValues("Elements-Request-Id").Single());
    }

    private HttpClient Anonymous(string? header)
    {
        var client = server.CreateClient();
        client.BaseAddress = new Uri(client.BaseAddress!, "/elements/api-v2/");
        if (header is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        }

        return client;
    }
}
