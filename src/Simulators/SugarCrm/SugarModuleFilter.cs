using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Sugar's <c>&lt;module&gt;</c> route placeholder matches only modules the instance has; any other name
/// leaves the path without a route (404 <c>no_method</c>), before the token is looked at.
/// </summary>
internal sealed class SugarModuleFilter : IEndpointFilter
{
    private const string ModuleKey = "sugar.module";

    public static SugarModule ModuleOf(HttpContext http) => (SugarModule)http.Items[ModuleKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetRouteValue("module") is not string name || !SugarModule.All.TryGetValue(name, out var module))
        {
            return SugarError.NoRoute(http.Request);
        }

        http.Items[ModuleKey] = module;
        return await next(context);
    }
}
