using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OpenElements.Simulators.Oracle;

/// <summary>The one user the sandbox pod has. A class, not a record: a record's ToString would print the password.</summary>
public sealed class OracleBasicUser(string username, string password)
{
    public string Username { get; } = username;

    /// <summary>Whether an Authorization header is Basic with exactly this user's credentials.</summary>
    public bool Accepts(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return false;
        }

        var buffer = new byte[header.Parameter.Length];
        if (!Convert.TryFromBase64String(header.Parameter, buffer, out var length))
        {
            return false;
        }

        // Fixed-time comparison: the simulator should not teach clients a timing side channel.
        var expected = Encoding.UTF8.GetBytes($"{Username}:{password}");
        return CryptographicOperations.FixedTimeEquals(buffer.AsSpan(0, length), expected);
    }
}

/// <summary>HTTP Basic on every call; no session, no token. A refusal is a 401 with a Basic challenge.</summary>
internal sealed class OracleBasicAuthFilter(OracleBasicUser user, IOptions<OracleSimulatorOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (user.Accepts(http.Request.Headers.Authorization))
        {
            return await next(context);
        }

        var settings = options.Value;
        http.Response.Headers.WWWAuthenticate = $"Basic realm=\"{settings.Realm}\"";
        return settings.UnauthorizedBody.Length == 0
            ? Results.StatusCode(StatusCodes.Status401Unauthorized)
            : Results.Text(settings.UnauthorizedBody, "text/plain", statusCode: StatusCodes.Status401Unauthorized);
    }
}
