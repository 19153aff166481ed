using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Zoho;

/// <summary>A v1 data call that passed the checks every method makes: a live authtoken, <c>scope=crmapi</c>, a known module.</summary>
internal sealed record ZohoV1Request(HttpRequest Http, IReadOnlyDictionary<string, string> Parameters, ZohoModule Module, ZohoUser Caller)
{
    /// <summary>The call, or the v1 error to answer instead (ticket first, then scope, then module).</summary>
    // REVIEW: [M] the order Zoho validated in, and 4600 for a module it does not know.
    public static async Task<(ZohoV1Request? Call, IResult? Error)> ReadAsync(
        HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users)
    {
        var parameters = await ZohoParameters.ReadAsync(request);
        var token = tokens.Find(parameters.Get("authtoken") ?? AuthorizationHeader(request));
        var caller = token is null ? null : users.Find(token.UserId);
        if (caller is null)
        {
            return (null, ZohoV1Json.InvalidTicket(request));
        }

        var scope = parameters.Get("scope");
        if (scope is null)
        {
            return (null, ZohoV1Json.MissingParameter(request, "scope"));
        }

        if (scope != "crmapi" || !ZohoModule.All.TryGetValue(module, out var found))
        {
            return (null, ZohoV1Json.InvalidParameter(request));
        }

        return (new ZohoV1Request(request, parameters, found, caller), null);
    }

    public string? Get(string name) => Parameters.Get(name);

    /// <summary>Later v1 docs let the token travel as <c>Authorization: &lt;token&gt;</c> instead of a parameter.</summary>
    private static string? AuthorizationHeader(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { Length: > 0 } value ? value.Trim() : null;
}
