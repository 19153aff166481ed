using System.Text.Json.Nodes;
using OpenElements.Server.Connectors;
using OpenElements.Server.Elements;
using OpenElements.Server.UnitTests.Support;

namespace OpenElements.Server.UnitTests.Elements;

public class ElementCatalogTests
{
    private static readonly Lazy<ElementCatalog> Real = new(() => ElementCatalog.Load(RepoPaths.Catalog));

    private static ElementCatalog Catalog => Real.Value;

    public static TheoryData<string> SeedElementKeys { get; } =
        ["netsuitecrmv2", "zohocrm", "oraclesalescloud", "connectwisecrm", "connectwisehd", "sugarcrmv2"];

    /// <summary>
    /// The configuration keys of each seed page's sample request (shared/seeds/*.md, copied to
    /// tests/Server.IntegrationTests/Seeds/). Hardcoded so this project does not read those files.
    /// </summary>
    public static TheoryData<string, string, string[]> SeedRequestKeys { get; } = new()
    {
        // 000-netsuite-2016-crm.md, "Basic Authentication NetSuite 2016"
        {
            "netsuitecrmv2", "Basic",
            ["netsuite.accountId", "user.username", "user.password", "netsuite.single.session.key", "netsuite.single.session",
             "netsuite.sso.roleId", "netsuite.appId", "authentication.type", "netsuite.sandbox"]
        },
        // 000-netsuite-2016-crm.md, "Token Based Authentication"
        {
            "netsuitecrmv2", "TokenBasedAuthentication",
            ["netsuite.accountId", "netsuite.sso.roleId", "authentication.type", "consumer_key", "consumer_secret", "token_id",
             "token_secret", "netsuite.single.session.key", "netsuite.single.session", "netsuite.sandbox"]
        },
        // 001-zoho-crm.md
        { "zohocrm", "basic", ["crm.zohocrm.username", "crm.zohocrm.password"] },
        // 002-oracle-sales-cloud.md
        { "oraclesalescloud", "basic", ["username", "password", "site.url"] },
        // 003-connectwise.md, help desk
        {
            "connectwisehd", "basic",
            ["helpdesk.connectwise.username", "helpdesk.connectwise.password", "helpdesk.connectwise.server.url", "helpdesk.connectwise.company"]
        },
        // 003-connectwise.md, CRM
        { "connectwisecrm", "basic", ["crm.connectwise.username", "crm.connectwise.password", "crm.connectwise.server.url", "crm.connectwise.company"] },
        // 004-sugarcrm.md
        { "sugarcrmv2", "oauth2Password", ["oauth.api.key", "oauth.api.secret", "oauth.callback.url", "site.url", "username", "password"] },
    };

    [Theory]
    [MemberData(nameof(SeedElementKeys))]
    public void Load_RealCatalog_SeedElementPresent(string key)
    {
        var element = Catalog.Find(key);

        Assert.NotNull(element);
        Assert.Equal(key, element.Key);
        Assert.Equal(key, element.Element["key"]!.GetValue<string>());
    }

    [Fact]
    public void Find_KeyInOtherCaseOrId_SameElement()
    {
        var zoho = Catalog.Find("zohocrm")!;

        Assert.Same(zoho, Catalog.Find("ZohoCRM"));
        Assert.Same(zoho, Catalog.Find(zoho.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(Catalog.Find("nosuchelement"));
        Assert.Null(Catalog.Find("-1"));
    }

    [Fact]
    public void Load_RealCatalog_ElementFileNamedAfterKey()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Catalog, "elements"), "*.json").Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(Catalog.All.Select(e => e.Key).Order(), files);
    }

    [Fact]
    public void Load_RealCatalog_EveryCheckIsAProvisioningCheck()
    {
        // The same discovery ConnectorRegistration does: every IProvisioningCheck in the server assembly.
        var checks = typeof(IProvisioningCheck).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProvisioningCheck).IsAssignableFrom(t))
            .Select(t => ((IProvisioningCheck)Activator.CreateInstance(t)!).Name)
            .ToList();
        Assert.Equal(checks.Count, checks.Distinct(StringComparer.Ordinal).Count());

        var unknown = Catalog.All
            .SelectMany(e => e.AuthTypes.Where(a => !checks.Contains(a.Value.Check)).Select(a => $"{e.Key}/{a.Key} → {a.Value.Check}"))
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Load_RealCatalog_EveryRoleMapsToAConfigurationKey()
    {
        var broken = Catalog.All
            .SelectMany(e => e.AuthTypes.SelectMany(a => a.Value.Roles
                .Where(r => e.FindEntry(r.Value) is null)
                .Select(r => $"{e.Key}/{a.Key}: {r.Key} → {r.Value}")))
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void Load_RealCatalog_DefaultAuthTypeDeclared()
    {
        Assert.All(Catalog.All, e => Assert.Contains(e.DefaultAuthType, e.AuthTypes.Keys));
    }

    [Theory]
    [MemberData(nameof(SeedRequestKeys))]
    public void Load_RealCatalog_SeedRequestKeysDeclaredForTheirAuthType(string elementKey, string authType, string[] keys)
    {
        var element = Catalog.Find(elementKey)!;
        Assert.NotNull(element.FindAuthType(authType, out _));

        var undeclared = keys.Where(k => element.FindEntry(k) is not { } entry || !entry.AppliesTo(authType)).ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Load_RealCatalog_EveryPasswordEntryIsSecret()
    {
        var exposed = Catalog.All
            .SelectMany(e => e.Configuration.Where(c => c.Type == "PASSWORD" && !c.Secret).Select(c => $"{e.Key}: {c.Key}"))
            .ToList();

        Assert.Empty(exposed);
    }

    [Fact]
    public void Load_RealCatalog_CommonEntriesOnceInEveryElement()
    {
        var common = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Catalog, "common.json")))!["configuration"]!.AsArray()
            .Select(n => n!["key"]!.GetValue<string>())
            .ToList();
        Assert.NotEmpty(common);

        foreach (var element in Catalog.All)
        {
            foreach (var key in common)
            {
                Assert.True(element.Configuration.Count(c => c.Key == key) == 1, $"{element.Key} has '{key}' other than once");
            }
        }
    }

    [Fact]
    public void Load_ElementRedefinesCommonEntry_ElementVersionWins()
    {
        // connectwisecrm leaves event.notification.enabled unset; common.json defaults it to "false".
        var entry = Catalog.Find("connectwisecrm")!.FindEntry("event.notification.enabled")!;
        var oracleEntry = Catalog.Find("oraclesalescloud")!.FindEntry("filter.response.nulls")!;

        Assert.Null(entry.DefaultValue);
        Assert.Equal("true", oracleEntry.DefaultValue);
    }

    [Fact]
    public void Load_UnmappedMember_FailsNamingFile()
    {
        using var catalog = new TempCatalog();
        var json = TempCatalog.RealElement("zohocrm");
        json["configuration"]![0]!["maxLen"] = 12;
        var path = catalog.Write("zohocrm.json", json);

        var e = Assert.Throws<InvalidOperationException>(() => ElementCatalog.Load(catalog.Directory));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("maxLen", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRequiredMember_FailsNamingFile()
    {
        using var catalog = new TempCatalog();
        var json = TempCatalog.RealElement("zohocrm");
        json["authTypes"]!["basic"]!.AsObject().Remove("check");
        var path = catalog.Write("zohocrm.json", json);

        var e = Assert.Throws<InvalidOperationException>(() => ElementCatalog.Load(catalog.Directory));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleBroken_FailsNamingFile()
    {
        using var catalog = new TempCatalog();
        catalog.Write("zohocrm.json", TempCatalog.RealElement("zohocrm"));
        var json = TempCatalog.RealElement("oraclesalescloud");
        json["authTypes"]!["basic"]!["roles"]!["username"] = "no.such.key";
        var path = catalog.Write("oraclesalescloud.json", json);

        var e = Assert.Throws<InvalidOperationException>(() => ElementCatalog.Load(catalog.Directory));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("no.such.key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoElementsWithOneId_Fails()
    {
        using var catalog = new TempCatalog();
        catalog.Write("zohocrm.json", TempCatalog.RealElement("zohocrm"));
        var copy = TempCatalog.RealElement("oraclesalescloud");
        copy["element"]!["id"] = TempCatalog.RealElement("zohocrm")["element"]!["id"]!.GetValue<long>();
        catalog.Write("oraclesalescloud.json", copy);

        var e = Assert.Throws<InvalidOperationException>(() => ElementCatalog.Load(catalog.Directory));

        Assert.Contains("not unique", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TempCopyOfRealFiles_Loads()
    {
        // The broken-file tests above start from these copies, so the copies alone must load.
        using var catalog = new TempCatalog();
        catalog.Write("zohocrm.json", TempCatalog.RealElement("zohocrm"));
        catalog.Write("oraclesalescloud.json", TempCatalog.RealElement("oraclesalescloud"));

        var loaded = ElementCatalog.Load(catalog.Directory);

        Assert.Equal(2, loaded.All.Count);
    }
}
