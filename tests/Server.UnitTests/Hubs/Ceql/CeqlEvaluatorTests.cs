using System.Text.Json.Nodes;
using OpenElements.Server.Hubs.Ceql;

namespace OpenElements.Server.UnitTests.Hubs.Ceql;

public sealed class CeqlEvaluatorTests
{
    private static readonly JsonObject[] Records =
    [
        JsonNode.Parse("""{"name":"Acme Corp","revenue":1500,"active":true,"modified":"2024-01-31T10:00:00+02:00","email":null}""")!.AsObject(),
        JsonNode.Parse("""{"name":"beta llc","revenue":"200","active":false,"modified":"2023-12-01T00:00:00Z","email":"b@beta.example"}""")!.AsObject(),
        JsonNode.Parse("""{"name":"Gamma_Co","revenue":0.5,"tags":["x"]}""")!.AsObject(),
    ];

    [Theory]
    [InlineData("name = 'ACME CORP'", "Acme Corp")]
    [InlineData("name != 'acme corp'", "beta llc,Gamma_Co")]
    [InlineData("name > 'b'", "beta llc,Gamma_Co")]
    [InlineData("revenue > 1000", "Acme Corp")]
    [InlineData("revenue < 1000", "beta llc,Gamma_Co")]
    [InlineData("revenue = '1500'", "Acme Corp")]
    [InlineData("revenue = 1500.00", "Acme Corp")]
    [InlineData("revenue >= 200", "Acme Corp,beta llc")]
    [InlineData("modified = '2024-01-31T08:00:00Z'", "Acme Corp")]
    [InlineData("modified > '2024-01-01'", "Acme Corp")]
    [InlineData("modified <= '2023-12-01'", "beta llc")]
    [InlineData("active = true", "Acme Corp")]
    [InlineData("active != true", "beta llc")]
    [InlineData("active = 'false'", "beta llc")]
    [InlineData("active = 1", "")]
    [InlineData("active != 1", "Acme Corp,beta llc")]
    public void Matches_Comparisons_TypedSemantics(string where, string names)
    {
        Assert.Equal(names, Names(where));
    }

    [Theory]
    [InlineData("name LIKE 'acme%'", "Acme Corp")]
    [InlineData("name LIKE '%LLC'", "beta llc")]
    [InlineData("name LIKE '%me c%'", "Acme Corp")]
    [InlineData("name LIKE 'a%p'", "Acme Corp")]
    [InlineData("name LIKE 'acme'", "")]
    [InlineData("name LIKE 'gamma_co'", "Gamma_Co")]
    [InlineData("name LIKE 'gamma_c'", "")]
    [InlineData("name NOT LIKE '%corp'", "beta llc,Gamma_Co")]
    [InlineData("revenue LIKE '1%'", "")]
    public void Matches_Like_PercentOnlyWildcard(string where, string names)
    {
        Assert.Equal(names, Names(where));
    }

    [Theory]
    [InlineData("name IN ('x', 'acme corp')", "Acme Corp")]
    [InlineData("name NOT IN ('x', 'acme corp')", "beta llc,Gamma_Co")]
    [InlineData("revenue IN (200, 0.5)", "beta llc,Gamma_Co")]
    [InlineData("email IS NULL", "Acme Corp,Gamma_Co")]
    [InlineData("email IS NOT NULL", "beta llc")]
    [InlineData("email != 'x'", "beta llc")]
    [InlineData("email NOT IN ('x')", "beta llc")]
    [InlineData("email NOT LIKE 'x%'", "beta llc")]
    [InlineData("tags = 'x'", "")]
    [InlineData("tags IS NOT NULL", "Gamma_Co")]
    public void Matches_ListsAndNulls_NullFailsEveryComparison(string where, string names)
    {
        Assert.Equal(names, Names(where));
    }

    [Theory]
    [InlineData("name = 'nope' OR revenue > 1000 AND active = true", "Acme Corp")]
    [InlineData("(name = 'nope' OR revenue > 1000) AND active = false", "")]
    [InlineData("name = 'beta llc' OR revenue > 1000 AND active = false", "beta llc")]
    [InlineData("(name LIKE '%co%' OR email IS NOT NULL) AND revenue < 1000", "beta llc,Gamma_Co")]
    public void Matches_AndOr_Precedence(string where, string names)
    {
        Assert.Equal(names, Names(where));
    }

    [Theory]
    [InlineData("%cme%", "Contains", "cme")]
    [InlineData("%%cme%%", "Contains", "cme")]
    [InlineData("Ac%", "StartsWith", "Ac")]
    [InlineData("%me", "EndsWith", "me")]
    [InlineData("Acme", "Exact", "Acme")]
    [InlineData("A%e", "General", "A%e")]
    [InlineData("%", "General", "%")]
    public void Analyze_Pattern_Shape(string pattern, string shape, string text)
    {
        Assert.Equal(new LikeAnalysis(Enum.Parse<LikeShape>(shape), text), LikePattern.Analyze(pattern));
    }

    private static string Names(string where)
    {
        var expression = CeqlParser.Parse(where);
        return string.Join(",", Records.Where(r => CeqlEvaluator.Matches(expression, f => r[f])).Select(r => (string)r["name"]!));
    }
}
