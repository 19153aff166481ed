using System.Net;
using OpenElements.Simulators.NetSuite;

namespace OpenElements.Server.UnitTests.NetSuite;

/// <summary>
/// <c>q</c> over HTTP. Each case states its filter twice, as q and as a C# predicate over the store's
/// records, and the collection must list exactly the records the predicate selects.
/// </summary>
public sealed class RecordQueryTests : NetSuiteDataTest
{
    private static readonly DateTimeOffset Jan2026 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Feb14 = new(2025, 2, 14, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, (RecordType Type, string Q, Func<NsRecord, bool> Expected)> Cases = new()
    {
        // Text: case-insensitive, each with its _NOT form.
        ["IS"] = (RecordTypes.Customer, "companyName IS \"pinnacle logistics inc\"", r => Eq(Text(r, "companyName"), "Pinnacle Logistics Inc")),
        ["IS_NOT"] = (RecordTypes.Customer, "companyName IS_NOT \"Pinnacle Logistics Inc\"", r => !Eq(Text(r, "companyName"), "Pinnacle Logistics Inc")),
        ["CONTAIN"] = (RecordTypes.Customer, "companyName CONTAIN \"LOGISTICS\"", r => Has(Text(r, "companyName"), s => s.Contains("logistics", StringComparison.OrdinalIgnoreCase))),
        ["CONTAIN_NOT"] = (RecordTypes.Customer, "companyName CONTAIN_NOT \"logistics\"", r => !Has(Text(r, "companyName"), s => s.Contains("logistics", StringComparison.OrdinalIgnoreCase))),
        ["START_WITH"] = (RecordTypes.Customer, "companyname START_WITH Pin", r => Has(Text(r, "companyName"), s => s.StartsWith("pin", StringComparison.OrdinalIgnoreCase))),
        ["START_WITH_NOT"] = (RecordTypes.Contact, "lastName START_WITH_NOT \"S\"", r => !Has(Text(r, "lastName"), s => s.StartsWith('S'))),
        ["END_WITH"] = (RecordTypes.Customer, "email END_WITH \"@example.com\"", r => Has(Text(r, "email"), s => s.EndsWith("@example.com", StringComparison.Ordinal))),
        ["END_WITH_NOT"] = (RecordTypes.Contact, "title END_WITH_NOT \"Manager\"", r => !Has(Text(r, "title"), s => s.EndsWith("Manager", StringComparison.Ordinal))),
        ["EMPTY"] = (RecordTypes.Customer, "companyName EMPTY", r => r["companyName"] is null),
        ["EMPTY_NOT"] = (RecordTypes.Contact, "mobilePhone EMPTY_NOT", r => r["mobilePhone"] is not null),
        // Booleans.
        ["bool IS"] = (RecordTypes.Customer, "isInactive IS true", r => r["isInactive"] is true),
        ["bool IS_NOT"] = (RecordTypes.Customer, "isPerson IS_NOT true", r => r["isPerson"] is false),
        // Numbers, internal ids included.
        ["EQUAL"] = (RecordTypes.Opportunity, "probability EQUAL 70", r => Num(r, "probability") == 70),
        ["EQUAL_NOT"] = (RecordTypes.Opportunity, "probability EQUAL_NOT 0", r => Num(r, "probability") != 0),
        ["GREATER"] = (RecordTypes.Customer, "creditLimit GREATER 150000", r => Num(r, "creditLimit") > 150000),
        ["GREATER_OR_EQUAL"] = (RecordTypes.Customer, "creditLimit GREATER_OR_EQUAL 150000", r => Num(r, "creditLimit") >= 150000),
        ["LESS"] = (RecordTypes.Opportunity, "projectedTotal LESS 10000", r => Num(r, "projectedTotal") < 10000),
        ["LESS_OR_EQUAL"] = (RecordTypes.Opportunity, "projectedTotal LESS_OR_EQUAL \"10000\"", r => Num(r, "projectedTotal") <= 10000),
        ["GREATER_NOT"] = (RecordTypes.Customer, "creditLimit GREATER_NOT 150000", r => !(Num(r, "creditLimit") > 150000)),
        ["BETWEEN"] = (RecordTypes.Customer, "creditLimit BETWEEN [50000, 80000]", r => Num(r, "creditLimit") is >= 50000 and <= 80000),
        ["BETWEEN_NOT"] = (RecordTypes.Customer, "id BETWEEN_NOT [200, 2000]", r => r.Id is < 200 or > 2000),
        ["ANY_OF id"] = (RecordTypes.Customer, "id ANY_OF [107, 108,2406, 99999]", r => r.Id is 107 or 108 or 2406),
        ["ANY_OF_NOT id"] = (RecordTypes.Customer, "id ANY_OF_NOT [107, 108]", r => r.Id is not (107 or 108)),
        // Dates and date-times.
        ["AFTER"] = (RecordTypes.Customer, "dateCreated AFTER \"1/1/2026\"", r => Instant(r, "dateCreated") >= Jan2026.AddDays(1)),
        ["AFTER_NOT"] = (RecordTypes.Customer, "dateCreated AFTER_NOT \"1/1/2026\"", r => Instant(r, "dateCreated") < Jan2026.AddDays(1)),
        ["ON_OR_AFTER"] = (RecordTypes.Customer, "lastModifiedDate ON_OR_AFTER \"1/1/2026\"", r => Instant(r, "lastModifiedDate") >= Jan2026),
        ["BEFORE"] = (RecordTypes.Contact, "dateCreated BEFORE \"2/14/25\"", r => Instant(r, "dateCreated") < Feb14),
        ["ON_OR_BEFORE"] = (RecordTypes.Contact, "dateCreated ON_OR_BEFORE \"2/14/25\"", r => Instant(r, "dateCreated") < Feb14.AddDays(1)),
        ["ON"] = (RecordTypes.SupportCase, "startDate ON \"2/14/2025\"", r => (DateOnly)r["startDate"]! == new DateOnly(2025, 2, 14)),
        ["ON_NOT"] = (RecordTypes.SupportCase, "startDate ON_NOT \"2/14/2025\"", r => (DateOnly)r["startDate"]! != new DateOnly(2025, 2, 14)),
        ["ON_OR_BEFORE_NOT"] = (RecordTypes.Contact, "dateCreated ON_OR_BEFORE_NOT \"2/14/25\"", r => Instant(r, "dateCreated") >= Feb14.AddDays(1)),
        ["BEFORE_NOT"] = (RecordTypes.Contact, "dateCreated BEFORE_NOT \"2/14/25\"", r => Instant(r, "dateCreated") >= Feb14),
        ["ON_OR_AFTER_NOT"] = (RecordTypes.Customer, "lastModifiedDate ON_OR_AFTER_NOT \"1/1/2026\"", r => Instant(r, "lastModifiedDate") < Jan2026),
        ["ISO date-time"] = (RecordTypes.Customer, "lastModifiedDate AFTER \"2026-01-01T00:00:00Z\"", r => Instant(r, "lastModifiedDate") > Jan2026),
        ["time of day"] = (RecordTypes.Customer, "lastModifiedDate ON_OR_AFTER \"1/1/2026 1:30 pm\"", r => Instant(r, "lastModifiedDate") >= Jan2026.AddHours(13.5)),
        ["WITHIN"] = (RecordTypes.Opportunity, "expectedCloseDate WITHIN [\"1/1/2025\", \"3/31/2025\"]",
            r => (DateOnly)r["expectedCloseDate"]! >= new DateOnly(2025, 1, 1) && (DateOnly)r["expectedCloseDate"]! <= new DateOnly(2025, 3, 31)),
        ["date EMPTY"] = (RecordTypes.Opportunity, "closeDate EMPTY", r => r["closeDate"] is null),
        // References, by id.
        ["ref ANY_OF"] = (RecordTypes.Customer, "entityStatus ANY_OF [6, 7]", r => Ref(r, "entityStatus") is "6" or "7"),
        ["ref ANY_OF_NOT"] = (RecordTypes.Customer, "entityStatus ANY_OF_NOT [13]", r => Ref(r, "entityStatus") != "13"),
        ["ref single"] = (RecordTypes.Contact, "company ANY_OF 107", r => Ref(r, "company") == "107"),
        ["ref EQUAL"] = (RecordTypes.Opportunity, "status EQUAL \"C\"", r => Ref(r, "status") == "C"),
        ["ref IS_NOT"] = (RecordTypes.SupportCase, "status IS_NOT 5", r => Ref(r, "status") != "5"),
        // Combinations.
        ["AND"] = (RecordTypes.SupportCase, "status ANY_OF [5] AND priority ANY_OF [1]", r => Ref(r, "status") == "5" && Ref(r, "priority") == "1"),
        ["OR parentheses"] = (RecordTypes.Customer, "(entityStatus ANY_OF [6] OR entityStatus ANY_OF [13]) AND isPerson IS true",
            r => Ref(r, "entityStatus") is "6" or "13" && r["isPerson"] is true),
        ["AND before OR"] = (RecordTypes.Customer, "isPerson IS true OR isInactive IS true AND creditLimit GREATER 100000",
            r => r["isPerson"] is true || (r["isInactive"] is true && Num(r, "creditLimit") > 100000)),
        ["polling"] = (RecordTypes.Customer, "lastModifiedDate ON_OR_AFTER \"10/1/2026\" AND dateCreated BEFORE \"10/1/2026\"",
            r => Instant(r, "lastModifiedDate") >= new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero) && Instant(r, "dateCreated") < new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
    };

    public static TheoryData<string> CaseNames
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Cases.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Q_Operator_ListsExactlyTheMatchingRecords(string name)
    {
        var (type, q, expected) = Cases[name];

        var page = await GetJsonAsync($"{type.Name}?limit=1000&q={Uri.EscapeDataString(q)}");

        var want = Records(type).Where(expected).Select(r => r.Id).ToList();
        // A case matching nothing or everything would not tell a working operator from a broken one.
        Assert.InRange(want.Count, 1, Records(type).Count - 1);
        Assert.Equal(want.Count, page.GetProperty("totalResults").GetInt32());
        var listed = page.GetProperty("items").EnumerateArray().Select(i => long.Parse(i.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(want.Take(1000), listed);
    }

    [Theory]
    [InlineData("nope IS \"x\"", "Field 'nope' for record 'customer' was not found.")]
    [InlineData("dateCreated CONTAIN \"2024\"", "Operator 'CONTAIN' is not valid for field 'dateCreated' (date/time)")]
    [InlineData("companyName GREATER 5", "Operator 'GREATER' is not valid for field 'companyName' (text)")]
    [InlineData("dateCreated AFTER \"yesterday\"", "'yesterday' is not a date for field 'dateCreated'")]
    [InlineData("creditLimit GREATER lots", "'lots' is not a number for field 'creditLimit'")]
    [InlineData("isInactive IS maybe", "'maybe' is not true or false for field 'isInactive'")]
    [InlineData("creditLimit BETWEEN [1]", "needs two values")]
    [InlineData("companyName IS \"Acme", "unterminated quoted value")]
    [InlineData("companyName IS", "expected a value after 'IS' for field 'companyName'")]
    [InlineData("companyName", "expected an operator after 'companyName'")]
    [InlineData("isPerson IS true AND", "expected a field name")]
    [InlineData("(isPerson IS true", "expected ')'")]
    [InlineData("isPerson IS true isInactive IS true", "expected AND, OR or the end of the query")]
    [InlineData("id ANY_OF [1, 2", "expected ']'")]
    public async Task Q_Invalid_Answers400InvalidParameterNamingTheProblem(string q, string problem)
    {
        var (response, json) = await SendAsync(HttpMethod.Get, $"customer?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_PARAMETER", Code(json));
        Assert.Equal("q", json.GetProperty("o:errorDetails")[0].GetProperty("o:errorQueryParam").GetString());
        Assert.StartsWith("Invalid search query.", Detail(json));
        Assert.Contains(problem, Detail(json));
    }

    [Fact]
    public async Task Q_QuotedValueWithEscapedQuote_ParsesAsOneValue()
    {
        var page = await GetJsonAsync($"customer?q={Uri.EscapeDataString("companyName IS \"Say \\\"hi\\\" Inc\" OR companyName IS \"a\\\\b\"")}");

        Assert.Equal(0, page.GetProperty("totalResults").GetInt32());
    }

    private static string? Text(NsRecord r, string field) => r[field] as string;

    private static bool Eq(string? actual, string expected) => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);

    private static bool Has(string? actual, Func<string, bool> test) => actual is not null && test(actual);

    private static decimal? Num(NsRecord r, string field) => r[field] switch { decimal d => d, long l => l, _ => null };

    private static string? Ref(NsRecord r, string field) => (r[field] as NsRef)?.Id;

    private static DateTimeOffset Instant(NsRecord r, string field) => (DateTimeOffset)r[field]!;
}
