using System.Text.Json.Nodes;
using OpenElements.Server.Elements;

namespace OpenElements.Server.UnitTests.Elements;

public class ElementValidationTests
{
    private const string FileName = "catalog/elements/testcrm.json";

    private static ElementDefinition Element(
        List<ConfigEntryDefinition>? configuration = null,
        Dictionary<string, string>? roles = null,
        string defaultAuthType = "basic",
        string elementKey = "testcrm") => new()
    {
        Key = "testcrm",
        Id = 9001,
        Name = "Test CRM",
        Hub = "crm",
        Element = new JsonObject { ["id"] = 9001, ["key"] = elementKey },
        DefaultAuthType = defaultAuthType,
        AuthTypes = new() { ["basic"] = new() { Check = "test.basic", Roles = roles ?? new() { ["username"] = "username", ["password"] = "password" } } },
        Configuration = configuration ??
        [
            new() { Key = "username", Name = "Username", Required = true },
            new() { Key = "password", Name = "Password", Type = "PASSWORD", Secret = true, Required = true },
        ],
    };

    [Fact]
    public void Validate_SoundDefinition_Passes()
    {
        var e = Record.Exception(() => ElementValidation.Validate(Element(), FileName));

        Assert.Null(e);
    }

    [Fact]
    public void Validate_DuplicateKey_FailsNamingFileAndKey()
    {
        var element = Element(configuration:
        [
            new() { Key = "username", Name = "Username" },
            new() { Key = "password", Name = "Password", Type = "PASSWORD", Secret = true },
            new() { Key = "username", Name = "Again" },
        ]);

        var message = Fails(element);

        Assert.Contains("'username' appears twice", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RoleToUnknownKey_FailsNamingRoleAndKey()
    {
        var message = Fails(Element(roles: new() { ["username"] = "username", ["accessToken"] = "oauth.user.token" }));

        Assert.Contains("'accessToken'", message, StringComparison.Ordinal);
        Assert.Contains("'oauth.user.token'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownType_FailsNamingType()
    {
        var element = Element(configuration:
        [
            new() { Key = "username", Name = "Username", Type = "TEXTFIELD_256" },
            new() { Key = "password", Name = "Password", Type = "PASSWORD", Secret = true },
        ]);

        var message = Fails(element);

        Assert.Contains("'username' has unknown type 'TEXTFIELD_256'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PasswordNotSecret_Fails()
    {
        var element = Element(configuration:
        [
            new() { Key = "username", Name = "Username" },
            new() { Key = "password", Name = "Password", Type = "PASSWORD" },
        ]);

        Assert.Contains("'password' is a PASSWORD but not secret", Fails(element), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntryForUnknownAuthType_Fails()
    {
        var element = Element(configuration:
        [
            new() { Key = "username", Name = "Username", AuthTypes = ["oauth2"] },
            new() { Key = "password", Name = "Password", Type = "PASSWORD", Secret = true },
        ]);

        Assert.Contains("unknown auth type 'oauth2'", Fails(element), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntryAuthTypeInOtherCase_Passes()
    {
        var element = Element(configuration:
        [
            new() { Key = "username", Name = "Username", AuthTypes = ["BASIC"] },
            new() { Key = "password", Name = "Password", Type = "PASSWORD", Secret = true },
        ]);

        Assert.Null(Record.Exception(() => ElementValidation.Validate(element, FileName)));
    }

    [Fact]
    public void Validate_DefaultAuthTypeUndeclared_Fails()
    {
        Assert.Contains("defaultAuthType 'oauth2'", Fails(Element(defaultAuthType: "oauth2")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ElementKeyDiffers_Fails()
    {
        Assert.Contains("element.key must equal key", Fails(Element(elementKey: "othercrm")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_AllListedInOneMessage()
    {
        var element = Element(
            configuration:
            [
                new() { Key = "username", Name = "Username", Type = "NUMBER" },
                new() { Key = "username", Name = "Again" },
            ],
            roles: new() { ["password"] = "password" });

        var message = Fails(element);

        Assert.Contains("unknown type 'NUMBER'", message, StringComparison.Ordinal);
        Assert.Contains("appears twice", message, StringComparison.Ordinal);
        Assert.Contains("maps role 'password'", message, StringComparison.Ordinal);
    }

    private static string Fails(ElementDefinition element)
    {
        var e = Assert.Throws<InvalidOperationException>(() => ElementValidation.Validate(element, FileName));
        Assert.StartsWith($"Catalog file {FileName} is invalid:", e.Message, StringComparison.Ordinal);
        return e.Message;
    }
}
