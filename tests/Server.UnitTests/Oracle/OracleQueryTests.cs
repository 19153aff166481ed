using System.Net;
using System.Text.Json;
using OpenElements.Simulators.Oracle;

namespace OpenElements.Server.UnitTests.Oracle;

/// <summary>
/// <c>q</c> in both syntaxes over HTTP. Each case states its filter twice, as q and as a C# predicate over
/// the store's rows, and the simulator must select exactly the rows the predicate does.
/// </summary>
public sealed class OracleQueryTests : OracleDataTest
{
    private static readonly DateTimeOffset June2026 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, (OracleResource Resource, string Q, Func<OracleRow, bool> Expected)> Expressions = new()
    {
        ["equal"] = (OracleResources.Opportunities, "StatusCode = 'WON'", r => Text(r, "StatusCode") == "WON"),
        ["notEqual"] = (OracleResources.Opportunities, "StatusCode <> 'OPEN'", r => Text(r, "StatusCode") != "OPEN"),
        ["bangEqual"] = (OracleResources.Leads, "Rank != 'COLD'", r => Text(r, "Rank") != "COLD"),
        ["greaterDate"] = (OracleResources.Accounts, "LastUpdateDate > '2026-06-01T00:00:00+00:00'", r => Instant(r, "LastUpdateDate") > June2026),
        ["greaterDateOtherOffset"] = (OracleResources.Accounts, "LastUpdateDate > '2026-06-01T02:00:00+02:00'", r => Instant(r, "LastUpdateDate") > June2026),
        ["lessOrEqualNumbers"] = (OracleResources.Opportunities, "Revenue >= 250000 and WinProb <= 40",
            r => (decimal)r["Revenue"]! >= 250000 && (long)r["WinProb"]! <= 40),
        ["less"] = (OracleResources.Opportunities, "WinProb < 40", r => (long)r["WinProb"]! < 40),
        ["dateOnly"] = (OracleResources.Opportunities, "EffectiveDate >= '2026-01-01'", r => (DateOnly)r["EffectiveDate"]! >= new DateOnly(2026, 1, 1)),
        ["like"] = (OracleResources.Accounts, "OrganizationName LIKE 'Pin%'", r => Text(r, "OrganizationName")!.StartsWith("Pin", StringComparison.Ordinal)),
        ["likeInside"] = (OracleResources.Accounts, "OrganizationName LIKE '%Robotics%'", r => Text(r, "OrganizationName")!.Contains("Robotics", StringComparison.Ordinal)),
        ["likeUnderscore"] = (OracleResources.Accounts, "PartyNumber LIKE 'CDRM_10_1'",
            r => Text(r, "PartyNumber")!.Length == 9 && Text(r, "PartyNumber")!.StartsWith("CDRM_10", StringComparison.Ordinal) && Text(r, "PartyNumber")![8] == '1'),
        ["in"] = (OracleResources.Accounts, "State IN ('CA', 'TX')", r => Text(r, "State") is "CA" or "TX"),
        ["isNull"] = (OracleResources.Contacts, "MobileNumber IS NULL", r => r["MobileNumber"] is null),
        ["isNotNull"] = (OracleResources.Contacts, "MobileNumber is not null", r => r["MobileNumber"] is not null),
        ["parentheses"] = (OracleResources.Accounts, "(State = 'CA' or State = 'WA') and Type = 'ZCA_PROSPECT'",
            r => Text(r, "State") is "CA" or "WA" && Text(r, "Type") == "ZCA_PROSPECT"),
        ["andBeforeOr"] = (OracleResources.Accounts, "State = 'CA' OR State = 'WA' AND Type = 'ZCA_PROSPECT'",
            r => Text(r, "State") == "CA" || (Text(r, "State") == "WA" && Text(r, "Type") == "ZCA_PROSPECT")),
        ["leads"] = (OracleResources.Leads, "StatusCode = 'QUALIFIED' and Rank = 'HOT'", r => Text(r, "StatusCode") == "QUALIFIED" && Text(r, "Rank") == "HOT"),
        ["quoteInText"] = (OracleResources.Contacts, "LastName = 'O''Brien'", r => Text(r, "LastName") == "O'Brien"),
        ["integer"] = (OracleResources.Contacts, "AccountPartyId = 300000001000005", r => (long)r["AccountPartyId"]! == 300000001000005),
    };

    private static readonly Dictionary<string, (OracleResource Resource, string Q, Func<OracleRow, bool> Expected)> Examples = new()
    {
        ["equal"] = (OracleResources.Accounts, "State=CA;Type=ZCA_PROSPECT", r => Text(r, "State") == "CA" && Text(r, "Type") == "ZCA_PROSPECT"),
        ["range"] = (OracleResources.Opportunities, "Revenue>=100000 and <=200000", r => (decimal)r["Revenue"]! is >= 100000 and <= 200000),
        ["quoted"] = (OracleResources.Accounts, "OrganizationName='Pinnacle Logistics Inc'", r => Text(r, "OrganizationName") == "Pinnacle Logistics Inc"),
        ["wildcard"] = (OracleResources.Accounts, "OrganizationName=Pin*", r => Text(r, "OrganizationName")!.StartsWith("Pin", StringComparison.Ordinal)),
        ["date"] = (OracleResources.Accounts, "LastUpdateDate>2026-06-01T00:00:00+00:00", r => Instant(r, "LastUpdateDate") > June2026),
        ["notEqual"] = (OracleResources.Leads, "StatusCode!=UNQUALIFIED;Rank=HOT", r => Text(r, "StatusCode") != "UNQUALIFIED" && Text(r, "Rank") == "HOT"),
    };

    [Theory]
    [InlineData("equal")]
    [InlineData("notEqual")]
    [InlineData("bangEqual")]
    [InlineData("greaterDate")]
    [InlineData("greaterDateOtherOffset")]
    [InlineData("lessOrEqualNumbers")]
    [InlineData("less")]
    [InlineData("dateOnly")]
    [InlineData("like")]
    [InlineData("likeInside")]
    [InlineData("likeUnderscore")]
    [InlineData("in")]
    [InlineData("isNull")]
    [InlineData("isNotNull")]
    [InlineData("parentheses")]
    [InlineData("andBeforeOr")]
    [InlineData("leads")]
    [InlineData("quoteInText")]
    [InlineData("integer")]
    public async Task Q_ExpressionWithFramework2_SelectsExactlyTheMatchingRows(string name)
    {
        var (resource, q, expected) = Expressions[name];

        var keys = await KeysAsync(resource, q, framework: 2);

        var want = Rows(resource).Where(expected).Select(r => Key(resource, r)).ToList();
        // A case that selects nothing or everything would not tell a working filter from a broken one,
        // except the two that are about quoting and exact values.
        if (name is not ("quoteInText" or "integer"))
        {
            Assert.InRange(want.Count, 1, Rows(resource).Count - 1);
        }

        Assert.Equal(want, keys);
    }

    [Theory]
    [InlineData("equal")]
    [InlineData("range")]
    [InlineData("quoted")]
    [InlineData("wildcard")]
    [InlineData("date")]
    [InlineData("notEqual")]
    public async Task Q_QueryByExampleWithFramework1_SelectsExactlyTheMatchingRows(string name)
    {
        var (resource, q, expected) = Examples[name];

        // No header: framework 1 is the default.
        var keys = await KeysAsync(resource, q, framework: null);

        var want = Rows(resource).Where(expected).Select(r => Key(resource, r)).ToList();
        Assert.InRange(want.Count, 1, Rows(resource).Count - 1);
        Assert.Equal(want, keys);
    }

    [Fact]
    public async Task Q_TotalResults_CountsMatchesNotPage()
    {
        var page = await GetJsonAsync(Resource($"opportunities?totalResults=true&limit=5&q={Uri.EscapeDataString("StatusCode = 'LOST'")}"), framework: 3);

        Assert.Equal(Rows(OracleResources.Opportunities).Count(r => Text(r, "StatusCode") == "LOST"), page.GetProperty("totalResults").GetInt32());
        Assert.Equal(5, page.GetProperty("count").GetInt32());
        Assert.True(page.GetProperty("hasMore").GetBoolean());
    }

    [Theory]
    [InlineData(2, "StatusCode='WON';Rank='HOT'", "not ';'")]
    [InlineData(2, "Nope = 'x'", "Nope is not an attribute of opportunities.")]
    [InlineData(2, "LastUpdateDate > 'yesterday'", "not a valid date-time")]
    [InlineData(2, "Revenue LIKE '1%'", "LIKE needs a text attribute")]
    [InlineData(2, "StatusCode = WON", "must be in single quotes")]
    [InlineData(2, "(StatusCode = 'WON'", "Expected ')'")]
    [InlineData(2, "StatusCode = 'WON", "Unterminated string literal")]
    [InlineData(2, "StatusCode 'WON'", "Expected an operator after StatusCode")]
    [InlineData(1, "StatusCode", "is not an attribute, an operator and a value")]
    [InlineData(1, "Revenue>=lots", "not a valid number")]
    [InlineData(1, "StatusCode=WON;;Rank=HOT", "empty condition")]
    public async Task Q_Invalid_Answers400TextNamingTheProblem(int framework, string q, string problem)
    {
        using var response = await SendAsync(HttpMethod.Get, Resource($"opportunities?q={Uri.EscapeDataString(q)}"), framework: framework);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"URL request parameter q with value {q} is invalid.", text);
        Assert.Contains(problem, text);
    }

    [Fact]
    public async Task Q_InvalidWithFramework4_Answers400AdfJson()
    {
        using var response = await SendAsync(HttpMethod.Get, Resource($"opportunities?q={Uri.EscapeDataString("Nope = 1")}"), framework: 4);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(OracleErrors.ErrorType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("400", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("Nope is not an attribute", json.RootElement.GetProperty("o:errorDetails")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FrameworkHeader_Unsupported_Answers400()
    {
        using var response = await SendAsync(HttpMethod.Get, Resource("accounts"), framework: 9);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("REST-Framework-Version 9", await response.Content.ReadAsStringAsync());
    }

    private static string? Text(OracleRow row, string field) => row[field] as string;

    private static DateTimeOffset Instant(OracleRow row, string field) => (DateTimeOffset)row[field]!;
}
