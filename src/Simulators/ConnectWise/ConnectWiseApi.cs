using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>ConnectWise's login site (codebase discovery) and REST API 3.0.</summary>
internal static class ConnectWiseApi
{
    // The login site answers in PascalCase, unlike the camelCase REST API.
    private static readonly JsonSerializerOptions PascalCase = new();

    public static void MapConnectWise(this IEndpointRouteBuilder vendor)
    {
        vendor.MapGet("/login/companyinfo/{company}", CompanyInfo);

        // The current codebase and the stable alias are the same API.
        foreach (var codebase in new[] { ConnectWiseAccount.Codebase, ConnectWiseAccount.StableCodebase })
        {
            var api = vendor.MapGroup($"/{codebase}apis/3.0").AddEndpointFilter<ConnectWiseAuthFilter>();
            api.MapGet("/system/info", SystemInfo);
            api.MapGet("/company/companies", ListCompanies);
            api.MapGet("/company/companies/count", CountCompanies);
            api.MapGet("/company/companies/{id:int}", GetCompany);
        }
    }

    /// <summary>No authentication: any caller may ask which codebase a company is on; unknown → JSON null.</summary>
    private static IResult CompanyInfo(string company, ConnectWiseAccount account) =>
        account.IsCompany(company)
            ? TypedResults.Json(new CompanyInfoBody(
                ConnectWiseAccount.CompanyName, ConnectWiseAccount.Codebase, ConnectWiseAccount.VersionCode,
                ConnectWiseAccount.VersionNumber, account.Company, IsCloud: true), PascalCase)
            : TypedResults.Content("null", "application/json");

    private static Ok<SystemInfoBody> SystemInfo() =>
        TypedResults.Ok(new SystemInfoBody(ConnectWiseAccount.SystemVersion, IsCloud: true, ConnectWiseAccount.ServerTimeZone));

    private static Ok<List<Company>> ListCompanies(HttpContext http, CompanyStore store)
    {
        var page = ConnectWisePage.From(http.Request.Query);
        var link = page.LinkHeader(http.Request, store.Count);
        if (link is not null)
        {
            http.Response.Headers.Link = link;
        }

        return TypedResults.Ok(page.Slice(store.List()).ToList());
    }

    private static Ok<CountBody> CountCompanies(CompanyStore store) => TypedResults.Ok(new CountBody(store.Count));

    private static Results<Ok<Company>, JsonHttpResult<ConnectWiseError>> GetCompany(int id, CompanyStore store) =>
        store.Find(id) is { } company
            ? TypedResults.Ok(company)
            // REVIEW: [M] message wording modelled on vendors.md's "Ticket ID 999 not found".
            : ConnectWiseError.NotFound($"Company ID {id} not found");

    private sealed record CompanyInfoBody(string CompanyName, string Codebase, string VersionCode, string VersionNumber, string CompanyID, bool IsCloud);

    private sealed record SystemInfoBody(string Version, bool IsCloud, string ServerTimeZone);

    private sealed record CountBody(int Count);
}
