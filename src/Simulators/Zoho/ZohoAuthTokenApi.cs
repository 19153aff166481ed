using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// accounts.zoho.com <c>/apiauthtoken/nb/create</c> (vendors.md 2.1.1): a Java properties file, HTTP 200
/// whether or not the token was issued; <c>RESULT</c> and <c>CAUSE</c> carry the outcome.
/// </summary>
internal static class ZohoAuthTokenApi
{
    public const string CrmScope = "ZohoCRM/crmapi";

    public static IEndpointRouteBuilder MapZohoAuthTokens(this IEndpointRouteBuilder accounts)
    {
        // REVIEW: POST only, as the later docs say; the first docs showed the URL pasted in a browser (GET).
        accounts.MapPost("/apiauthtoken/nb/create", CreateAsync).CountsAs(RequestKind.Token);
        return accounts;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ZohoUserDirectory users, ZohoAuthTokenStore tokens,
        IOptions<ZohoSimulatorOptions> options, ZohoFaults faults, TimeProvider time)
    {
        var parameters = await ZohoParameters.ReadAsync(request);
        var (token, cause) = Issue(parameters, users, tokens, options.Value);
        if (token is not null)
        {
            faults.CountIssued();
        }

        string[] lines = token is not null
            ? ["AUTHTOKEN=" + token.Token, "RESULT=TRUE"]
            // REVIEW: [M] CAUSE before RESULT (Java's Properties order is a hash order; this is the order seen in the wild).
            : ["CAUSE=" + cause, "RESULT=FALSE"];
        return Results.Text(Properties(lines, time.GetUtcNow()), "text/plain;charset=UTF-8", statusCode: StatusCodes.Status200OK);
    }

    private static (ZohoAuthToken? Token, string? Cause) Issue(IReadOnlyDictionary<string, string> parameters,
        ZohoUserDirectory users, ZohoAuthTokenStore tokens, ZohoSimulatorOptions options)
    {
        var email = parameters.Get("EMAIL_ID");
        var password = parameters.Get("PASSWORD");
        var scope = parameters.Get("SCOPE");
        // REVIEW: [M] Zoho documents INVALID_CREDENTIALS without saying when; a request missing the
        // e-mail, password or CRM scope (or naming another scope) is the simulator's reading of it.
        if (email is null || password is null || !string.Equals(scope, CrmScope, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "INVALID_CREDENTIALS");
        }

        // REVIEW: [M] NO_SUCH_USER and INVALID_PASSWORD come from clients that parsed CAUSE (Mautic), not Zoho's docs.
        var user = users.FindByEmail(email);
        if (user is null)
        {
            return (null, "NO_SUCH_USER");
        }

        if (!string.Equals(user.Password, password, StringComparison.Ordinal))
        {
            return (null, "INVALID_PASSWORD");
        }

        var cap = options.LimitActiveAuthTokens ? options.MaxActiveAuthTokensPerUser : (int?)null;
        var issued = tokens.TryIssue(user, parameters.Get("DISPLAY_NAME") ?? "", cap);
        return issued is null ? (null, "EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS") : (issued, null);
    }

    /// <summary>What <c>java.util.Properties.store</c> writes with an empty comment: "#", the date, the pairs.</summary>
    private static string Properties(IEnumerable<string> lines, DateTimeOffset now)
    {
        // Java prints the JVM's zone (Zoho's sample says PST); the comment carries no data, so UTC it is.
        var text = new StringBuilder("#\n#")
            .Append(now.UtcDateTime.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture))
            .Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
