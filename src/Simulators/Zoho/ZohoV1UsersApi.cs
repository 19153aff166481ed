using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// crm.zoho.com v1 <c>Users/getUsers</c>: the smallest authenticated v1 call, which a client uses to prove
/// a fresh authtoken. v1 took GET or POST with parameters in either place.
/// </summary>
internal static class ZohoV1UsersApi
{
    public static IEndpointRouteBuilder MapZohoV1Users(this IEndpointRouteBuilder crm)
    {
        crm.MapMethods("/crm/private/json/Users/getUsers", [HttpMethods.Get, HttpMethods.Post], GetUsersAsync);
        return crm;
    }

    private static async Task<IResult> GetUsersAsync(HttpRequest request, ZohoAuthTokenStore tokens, ZohoUserDirectory users)
    {
        var parameters = await ZohoParameters.ReadAsync(request);
        // REVIEW: [M] the order Zoho validated in: ticket first, then scope, then method parameters.
        var token = tokens.Find(parameters.Get("authtoken"));
        var caller = token is null ? null : users.Find(token.UserId);
        if (caller is null)
        {
            return ZohoV1Json.InvalidTicket(request);
        }

        var scope = parameters.Get("scope");
        if (scope is null)
        {
            return ZohoV1Json.MissingParameter(request, "scope");
        }

        if (scope != "crmapi")
        {
            return ZohoV1Json.InvalidParameter(request);
        }

        // One user (an active, confirmed administrator) answers every type but the deactivated list.
        IReadOnlyList<ZohoUser>? selected = parameters.Get("type") switch
        {
            "CurrentUser" => [caller],
            "AllUsers" or "ActiveUsers" or "AdminUsers" or "ActiveConfirmedAdmins" => users.All,
            "DeactiveUsers" => [],
            _ => null,
        };
        if (selected is null)
        {
            return ZohoV1Json.InvalidParameter(request);
        }

        if (selected.Count == 0)
        {
            return ZohoV1Json.Ok(new JsonObject
            {
                ["response"] = new JsonObject
                {
                    ["nodata"] = new JsonObject { ["code"] = "4422", ["message"] = "There is no data to show" },
                    ["uri"] = request.Path.Value,
                },
            });
        }

        // v1's XML-to-JSON quirk: "user" is an object for one user and an array for several.
        JsonNode user = selected.Count == 1 ? ToJson(selected[0]) : new JsonArray([.. selected.Select(ToJson)]);
        return ZohoV1Json.Ok(new JsonObject { ["users"] = new JsonObject { ["user"] = user } });
    }

    /// <summary>
    /// XML <c>&lt;user id=".." email=".."&gt;Name&lt;/user&gt;</c> as v1 JSON: attributes become
    /// properties and the element text becomes <c>content</c>, as in the FL rows.
    /// </summary>
    // REVIEW: [M] the attribute set beyond id, email, role, profile and the name.
    private static JsonObject ToJson(ZohoUser user) => new()
    {
        ["id"] = user.Id,
        ["email"] = user.Email,
        ["role"] = user.Role,
        ["profile"] = user.Profile,
        ["status"] = "active",
        ["confirm"] = "true",
        ["zuid"] = user.Zuid,
        ["content"] = user.FullName,
    };
}
