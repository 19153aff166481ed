using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// Guards every REST route: a GUID <c>clientId</c> header, then Basic credentials of the sandbox
/// company, honoured as an integrator login only with <c>x-cw-usertype: integrator</c>.
/// </summary>
internal sealed class ConnectWiseAuthFilter(ConnectWiseAccount account, ConnectWiseSimulatorOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Request.Headers;

        // REVIEW: [M] clientId is checked before the credentials; which error wins when both are wrong is unknown.
        if (!Guid.TryParse(headers["clientId"].ToString(), out _))
        {
            return TypedResults.Json(
                new ConnectWiseError(options.MissingClientIdStatusCode == StatusCodes.Status400BadRequest ? "BadRequest" : "Unauthorized",
                    ConnectWiseError.MissingClientIdMessage),
                statusCode: options.MissingClientIdStatusCode);
        }

        var credentials = BasicCredentials.Parse(headers.Authorization.ToString());
        var asIntegrator = string.Equals(headers["x-cw-usertype"].ToString(), "integrator", StringComparison.OrdinalIgnoreCase);
        if (credentials is null || !account.Accepts(credentials, asIntegrator))
        {
            return ConnectWiseError.Unauthorized(ConnectWiseError.BadCredentialsMessage);
        }

        return await next(context);
    }
}
