using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>ConnectWise's login site (codebase discovery) and REST API 3.0 with its entity collections.</summary>
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
            // Faults first: a throttling or failing front end answers before credentials are looked at.
            var api = vendor.MapGroup($"/{codebase}apis/3.0").AddEndpointFilter<ConnectWiseFaultFilter>().AddEndpointFilter<ConnectWiseAuthFilter>();
            api.MapGet("/system/info", SystemInfo);
            foreach (var route in Routes)
            {
                api.MapEntities(route);
            }
        }
    }

    private static readonly EntityRoute[] Routes =
    [
        new("company/companies", ConnectWiseResource.Company, (data, _) => data.Companies),
        new("company/contacts", ConnectWiseResource.Contact, (data, _) => data.Contacts),
        new("sales/opportunities", ConnectWiseResource.Opportunity, (data, _) => data.Opportunities),
        new("service/tickets", ConnectWiseResource.Ticket, (data, _) => data.Tickets),
        new("service/tickets/{parentId:int}/notes", ConnectWiseResource.Note,
            (data, http) => EntityRoute.ParentId(http) is { } id ? data.NotesOf(id) : null, ParentNoun: "Ticket"),
        // Setup tables are served read-only: integrations look them up, they rarely change them.
        new("service/boards", ConnectWiseResource.Board, (data, _) => data.Boards, Writable: false),
        new("service/boards/{parentId:int}/statuses", ConnectWiseResource.Status,
            (data, http) => EntityRoute.ParentId(http) is { } id ? data.StatusesOf(id) : null, ParentNoun: "Board", Writable: false),
        new("service/priorities", ConnectWiseResource.Priority, (data, _) => data.Priorities, Writable: false),
    ];

    /// <summary>No authentication: any caller may ask which codebase a company is on; unknown → JSON null.</summary>
    private static IResult CompanyInfo(string company, ConnectWiseAccount account) =>
        account.IsCompany(company)
            ? TypedResults.Json(new CompanyInfoBody(
                ConnectWiseAccount.CompanyName, ConnectWiseAccount.Codebase, ConnectWiseAccount.VersionCode,
                ConnectWiseAccount.VersionNumber, account.Company, IsCloud: true), PascalCase)
            : TypedResults.Content("null", "application/json");

    private static Ok<SystemInfoBody> SystemInfo() =>
        TypedResults.Ok(new SystemInfoBody(ConnectWiseAccount.SystemVersion, IsCloud: true, ConnectWiseAccount.ServerTimeZone));

    private sealed record CompanyInfoBody(string CompanyName, string Codebase, string VersionCode, string VersionNumber, string CompanyID, bool IsCloud);

    private sealed record SystemInfoBody(string Version, bool IsCloud, string ServerTimeZone);

}
