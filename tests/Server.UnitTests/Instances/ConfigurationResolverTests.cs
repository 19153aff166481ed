using System.Text.Json.Nodes;
using OpenElements.Server.Elements;
using OpenElements.Server.Errors;
using OpenElements.Server.Instances;
using OpenElements.Server.UnitTests.Support;

namespace OpenElements.Server.UnitTests.Instances;

public class ConfigurationResolverTests
{
    private const string Mask = ConfigurationResolver.Mask;

    private static readonly Lazy<ElementCatalog> Catalog = new(() => ElementCatalog.Load(RepoPaths.Catalog));

    /// <summary>A small element with two auth types and one entry of each kind the resolver treats specially.</summary>
    private static ElementDefinition Element() => new()
    {
        Key = "testcrm",
        Id = 9001,
        Name = "Test CRM",
        Hub = "crm",
        Element = new JsonObject { ["id"] = 9001, ["key"] = "testcrm" },
        DefaultAuthType = "basic",
        AuthTypes = new()
        {
            ["basic"] = new() { Check = "test.basic", Roles = new() { ["username"] = "username", ["password"] = "password" } },
            ["TokenBased"] = new() { Check = "test.token", Roles = new() { ["tokenId"] = "token_id" } },
        },
        Configuration =
        [
            new() { Key = "site.url", Name = "Site", Type = "TEXTFIELD_1000", Required = true },
            new() { Key = "base.url", Name = "Base URL", Type = "TEXTFIELD_1000", DefaultValue = "https://{site.url}/rest/v10" },
            new() { Key = "username", Name = "Username", Required = true, AuthTypes = ["basic"] },
            new() { Key = "password", Name = "Password", Type = "PASSWORD", Secret = true, Required = true, AuthTypes = ["basic"] },
            new() { Key = "token_id", Name = "Token ID", Type = "PASSWORD", Secret = true, Required = true, AuthTypes = ["TokenBased"] },
            new() { Key = "token.region", Name = "Token region", DefaultValue = "us", AuthTypes = ["TokenBased"] },
            new() { Key = "sandbox", Name = "Sandbox", Type = "BOOLEAN", DefaultValue = "false" },
            new() { Key = "single.session", Name = "Single session", Type = "BOOLEAN_YESNO" },
            new() { Key = "region", Name = "Region", Type = "SELECTION", Options = ["US", "EU"], DefaultValue = "US" },
            new() { Key = "short", Name = "Short", Type = "TEXTFIELD_32" },
            new() { Key = "oauth.token.url", Name = "Token URL", Type = "TEXTFIELD_1000", DefaultValue = "https://{site.url}/oauth2/token" },
            new() { Key = "unset", Name = "Unset" },
        ],
    };

    private static Dictionary<string, string?> BasicValues(params (string Key, string? Value)[] more)
    {
        var values = new Dictionary<string, string?> { ["site.url"] = "acme.example.com", ["username"] = "u", ["password"] = "pw" };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return values;
    }

    [Fact]
    public void Resolve_Create_DefaultsFilledAndTemplatesLeftUnexpanded()
    {
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues());

        Assert.Equal("acme.example.com", result["site.url"]);
        Assert.Equal("https://{site.url}/rest/v10", result["base.url"]);
        Assert.Equal("https://{site.url}/oauth2/token", result["oauth.token.url"]);
        Assert.Equal("false", result["sandbox"]);
        Assert.Equal("US", result["region"]);
        Assert.True(result.ContainsKey("unset"));
        Assert.Null(result["unset"]);
    }

    [Fact]
    public void Resolve_NothingSent_AllMissingRequiredNamedInOneMessage()
    {
        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "basic", null, new Dictionary<string, string?>()));

        Assert.Equal(400, e.StatusCode);
        Assert.Contains("site.url, username, password", e.Message, StringComparison.Ordinal);
        Assert.Contains("'testcrm'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token_id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RequiredSentBlank_CountsAsMissing()
    {
        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("username", "  "))));

        Assert.Contains("username", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("site.url", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EntriesOfOtherAuthType_EchoedWithTheirDefaultsButNotRequired()
    {
        // The platform echoes every element config key; another auth type's entries are just not required.
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues());

        Assert.Null(result["token_id"]);
        Assert.Equal("us", result["token.region"]);
    }

    [Fact]
    public void Resolve_OtherAuthType_RequiresOnlyItsOwnEntries()
    {
        var sent = new Dictionary<string, string?> { ["site.url"] = "acme.example.com" };

        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "TokenBased", null, sent));

        Assert.Contains("(TokenBased): token_id.", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("username", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("password", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OtherAuthTypeEntrySent_KeptAlongside()
    {
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("token_id", "tid")));

        Assert.Equal("tid", result["token_id"]);
    }

    [Theory]
    [InlineData("sandbox", "maybe")]
    [InlineData("sandbox", "1")]
    [InlineData("single.session", "yes")]
    public void Resolve_BooleanNotTrueOrFalse_BadRequest(string key, string value)
    {
        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues((key, value))));

        Assert.Equal(400, e.StatusCode);
        Assert.Contains($"'{key}' must be true or false", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRUE", "true")]
    [InlineData(" False ", "false")]
    public void Resolve_BooleanAnyCase_Normalized(string sent, string stored)
    {
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("sandbox", sent), ("single.session", sent)));

        Assert.Equal(stored, result["sandbox"]);
        Assert.Equal(stored, result["single.session"]);
    }

    [Fact]
    public void Resolve_SelectionOptionInOtherCase_StoredAsDeclared()
    {
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("region", "eu")));

        Assert.Equal("EU", result["region"]);
    }

    [Fact]
    public void Resolve_SelectionNotAnOption_BadRequestListingOptions()
    {
        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("region", "APAC"))));

        Assert.Contains("'region' must be one of US, EU", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TextFieldAtMaxLength_Accepted()
    {
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("short", new string('x', 32))));

        Assert.Equal(32, result["short"]!.Length);
    }

    [Fact]
    public void Resolve_TextFieldOverMaxLength_BadRequest()
    {
        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("short", new string('x', 33)))));

        Assert.Contains("'short' is longer than 32 characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SeveralProblems_AllInOneMessage()
    {
        var sent = new Dictionary<string, string?> { ["sandbox"] = "maybe", ["region"] = "APAC" };

        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(Element(), "basic", null, sent));

        Assert.Contains("site.url, username, password", e.Message, StringComparison.Ordinal);
        Assert.Contains("'sandbox'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'region'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveAuthType_Unknown_BadRequestListingSupported()
    {
        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.ResolveAuthType(Element(), "oauth2"));

        Assert.Equal(400, e.StatusCode);
        Assert.Contains("'oauth2'", e.Message, StringComparison.Ordinal);
        Assert.Contains("basic, TokenBased", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "basic")]
    [InlineData("  ", "basic")]
    [InlineData("tokenbased", "TokenBased")]
    [InlineData(" TokenBased ", "TokenBased")]
    public void ResolveAuthType_MissingOrOtherCase_CanonicalName(string? requested, string expected)
    {
        var (name, definition) = ConfigurationResolver.ResolveAuthType(Element(), requested);

        Assert.Equal(expected, name);
        Assert.Equal(expected == "basic" ? "test.basic" : "test.token", definition.Check);
    }

    [Fact]
    public void Resolve_UpdateWithMaskedSecret_KeepsStoredValue()
    {
        var element = Element();
        var existing = ConfigurationResolver.Resolve(element, "basic", null, BasicValues(("password", "stored-pw")));

        var updated = ConfigurationResolver.Resolve(element, "basic", existing, BasicValues(("password", Mask)));

        Assert.Equal("stored-pw", updated["password"]);
    }

    [Fact]
    public void Resolve_UpdateWithNewSecret_Replaces()
    {
        var element = Element();
        var existing = ConfigurationResolver.Resolve(element, "basic", null, BasicValues(("password", "old")));

        var updated = ConfigurationResolver.Resolve(element, "basic", existing, BasicValues(("password", "new")));

        Assert.Equal("new", updated["password"]);
    }

    [Fact]
    public void Resolve_UpdateWithMaskOnNonSecret_TakenLiterally()
    {
        // Only secrets are masked in responses, so a mask on a plain entry is the client's value.
        var element = Element();
        var existing = ConfigurationResolver.Resolve(element, "basic", null, BasicValues());

        var updated = ConfigurationResolver.Resolve(element, "basic", existing, BasicValues(("username", Mask)));

        Assert.Equal(Mask, updated["username"]);
    }

    [Fact]
    public void Resolve_UpdateOmittingEntries_KeepsStoredValues()
    {
        var element = Element();
        var existing = ConfigurationResolver.Resolve(element, "basic", null, BasicValues(("region", "EU"), ("custom.flag", "on")));

        var updated = ConfigurationResolver.Resolve(element, "basic", existing, new Dictionary<string, string?> { ["username"] = "u2" });

        Assert.Equal("u2", updated["username"]);
        Assert.Equal("pw", updated["password"]);
        Assert.Equal("EU", updated["region"]);
        Assert.Equal("on", updated["custom.flag"]);
    }

    [Fact]
    public void Resolve_UnknownExtraKeys_KeptAsSent()
    {
        var result = ConfigurationResolver.Resolve(Element(), "basic", null, BasicValues(("custom.flag", "x"), ("event.objects", null)));

        Assert.Equal("x", result["custom.flag"]);
        Assert.True(result.ContainsKey("event.objects"));
    }

    [Fact]
    public void Resolve_UpdateWithMaskedUnknownSecret_KeepsStoredValue()
    {
        var element = Element();
        var existing = ConfigurationResolver.Resolve(element, "basic", null, BasicValues(("vendor.api.key", "k-123")));

        var updated = ConfigurationResolver.Resolve(element, "basic", existing, BasicValues(("vendor.api.key", Mask)));

        Assert.Equal("k-123", updated["vendor.api.key"]);
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("token_id", true)]
    [InlineData("username", false)]
    [InlineData("oauth.token.url", false)]
    [InlineData("site.url", false)]
    [InlineData("my.password", true)]
    [InlineData("client_secret", true)]
    [InlineData("oauth.user.refresh_token", true)]
    [InlineData("vendor.access.token", true)]
    [InlineData("vendor.api.key", true)]
    [InlineData("vendorApiKey", true)]
    [InlineData("custom.token.url", false)]
    [InlineData("custom.refresh_token_url", false)]
    [InlineData("region", false)]
    public void IsSecret_SmallElement_CatalogFlagOrSecretLookingName(string key, bool secret)
    {
        Assert.Equal(secret, ConfigurationResolver.IsSecret(Element(), key));
    }

    [Theory]
    [InlineData("sugarcrmv2", "oauth.api.key", true)]
    [InlineData("sugarcrmv2", "oauth.api.secret", true)]
    [InlineData("sugarcrmv2", "oauth.user.token", true)]
    [InlineData("sugarcrmv2", "oauth.token.url", false)]
    [InlineData("sugarcrmv2", "oauth.callback.url", false)]
    [InlineData("netsuitecrmv2", "token_id", true)]
    [InlineData("netsuitecrmv2", "user.password", true)]
    [InlineData("netsuitecrmv2", "user.username", false)]
    [InlineData("zohocrm", "crm.zohocrm.authtoken", true)]
    [InlineData("connectwisecrm", "event.notification.signature.key", true)]
    public void IsSecret_RealCatalog_FollowsEntries(string elementKey, string key, bool secret)
    {
        Assert.Equal(secret, ConfigurationResolver.IsSecret(Catalog.Value.Find(elementKey)!, key));
    }

    [Fact]
    public void Resolve_RealSugarCrmSeed_TemplatesKept()
    {
        // 004-sugarcrm.md's configuration, with the corrupted callback host put right.
        var sent = new Dictionary<string, string?>
        {
            ["oauth.api.key"] = "key",
            ["oauth.api.secret"] = "secret",
            ["oauth.callback.url"] = "https://console.cloud-elements.com/elements/jsp/home.jsp",
            ["site.url"] = "acme.sugarondemand.com",
            ["username"] = "u",
            ["password"] = "p",
        };

        var result = ConfigurationResolver.Resolve(Catalog.Value.Find("sugarcrmv2")!, "oauth2Password", null, sent);

        Assert.Equal("https://{site.url}/rest/v10", result["base.url"]);
        Assert.Equal("https://{site.url}/rest/v10/oauth2/token", result["oauth.token.url"]);
        Assert.Equal("acme.sugarondemand.com", result["site.url"]);
    }

    [Fact]
    public void Resolve_RealNetSuiteTokenBasedMissingAll_NamesEveryTokenEntry()
    {
        var element = Catalog.Value.Find("netsuitecrmv2")!;
        var (authType, _) = ConfigurationResolver.ResolveAuthType(element, "TokenBasedAuthentication");
        var sent = new Dictionary<string, string?> { ["authentication.type"] = authType, ["netsuite.accountId"] = "1234567_SB1" };

        var e = Assert.Throws<ApiException>(() => ConfigurationResolver.Resolve(element, authType, null, sent));

        Assert.Contains("consumer_key, consumer_secret, token_id, token_secret", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("user.password", e.Message, StringComparison.Ordinal);
    }
}
