using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OpenElements.Server.Auth;
using OpenElements.Server.Bootstrap;
using OpenElements.Server.Connectors;
using OpenElements.Server.Data;
using OpenElements.Server.Elements;
using OpenElements.Server.Errors;
using OpenElements.Server.Hubs;
using OpenElements.Server.Instances;
using OpenElements.Server.Sandbox;
using OpenElements.Server.Security;

namespace OpenElements.Server;

/// <summary>The Add*/Use*/Map* calls Program.cs is made of.</summary>
public static class OpenElementsSetup
{
    public const string ApiPrefix = "/elements/api-v2";

    public static WebApplicationBuilder AddOpenElements(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddAppDatabase();
        var catalog = ElementCatalog.Load(ElementCatalog.ResolveDirectory(builder.Configuration));
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = AppJson.Options.Encoder;
            o.SerializerOptions.PropertyNamingPolicy = AppJson.Options.PropertyNamingPolicy;
        });
        services.AddExceptionHandler<WireExceptionHandler>();

        services.AddOptions<SecretsOptions>().BindConfiguration("Secrets");
        services.AddSingleton<SecretProtector>();
        services.AddSingleton<InstanceSecrets>();
        services.AddOptions<BootstrapOptions>().BindConfiguration("Bootstrap");
        services.AddSingleton<BootstrapService>();
        services.AddOptions<SandboxOptions>().BindConfiguration("Sandbox");
        services.AddSingleton<SandboxRouting>();
        services.AddSingleton<SandboxSimulatorService>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxSimulatorService>());

        services.AddVendorHttp(catalog.All.Select(e => e.Key));
        services.AddProvisioningChecks();
        services.AddSingleton<ProvisioningChecks>();
        services.AddScoped<CallerResolver>();
        services.AddScoped<InstanceService>();
        services.AddScoped<Hubs.HubService>();
        services.AddSingleton<Hubs.InstanceSessions>();
        services.AddHubConnectors();
        return builder;
    }

    public static WebApplication UseOpenElements(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Reached only if WireExceptionHandler declined; keeps the wire shape anyway.
            ExceptionHandler = context => ErrorResults.WriteAsync(context, 500, "An unexpected error occurred on the server.", null, context.RequestAborted),
        });
        app.UseStatusCodePages(context => ErrorResults.WriteStatusPageAsync(context.HttpContext));
        app.Use((context, next) =>
        {
            context.Response.Headers["Elements-Request-Id"] = RequestIds.Get(context);
            return next(context);
        });
        return app;
    }

    public static WebApplication MapOpenElements(this WebApplication app)
    {
        var api = app.MapGroup(ApiPrefix);
        api.MapElements();
        api.MapInstances();
        api.MapHubs();
        api.MapPassthrough();
        app.MapGet("/", () => TypedResults.Ok(new { name = "OpenElements", api = ApiPrefix })).ExcludeFromDescription();
        return app;
    }

    /// <summary>Migrations, catalog/check consistency and the bootstrap tenant, before traffic.</summary>
    public static async Task InitializeOpenElementsAsync(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ElementCatalog>();
        app.Services.GetRequiredService<ProvisioningChecks>().ValidateCatalog(catalog);
        HubConnectorsExist(app.Services, catalog);
        await app.Services.MigrateDatabaseAsync();
        var secrets = await app.Services.GetRequiredService<BootstrapService>().RunAsync(app.Lifetime.ApplicationStopping);
        if (secrets is not null && app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Enabled)
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintFirstCall(app, secrets));
        }
    }

    private static void HubConnectorsExist(IServiceProvider services, ElementCatalog catalog)
    {
        var names = services.GetServices<IHubConnector>().Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var missing = catalog.All.Where(e => e.HubConnector is not null && !names.Contains(e.HubConnector)).Select(e => $"{e.Key}→{e.HubConnector}").ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Catalog names unknown hub connectors: " + string.Join(", ", missing));
        }
    }

    /// <summary>The sandbox start prints how to make a first call (to the console, not the logs).</summary>
    private static void PrintFirstCall(WebApplication app, BootstrapService.Secrets secrets)
    {
        var address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        address = address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        var auth = $"User {secrets.UserSecret}, Organization {secrets.OrganizationSecret}";
        Console.WriteLine($"""

            OpenElements is running at {address} (sandbox mode: vendor calls go to the built-in simulators).
              Organization secret: {secrets.OrganizationSecret}
              User secret:         {secrets.UserSecret}

            Provision a first instance (Oracle Sales Cloud, sandbox credentials):
              curl -s -X POST '{address}{ApiPrefix}/instances' \
                -H 'Authorization: {auth}' -H 'Content-Type: application/json' \
                -d '{"{"}"element":{"{"}"key":"oraclesalescloud"{"}"},"name":"my first instance","configuration":{"{"}"username":"sandbox.sales.admin","password":"Sandbox-Oracle-Pass1","site.url":"sandbox-crm.fa.us2.oraclecloud.com"{"}"}{"}"}'

            List the elements:
              curl -s '{address}{ApiPrefix}/elements/keys' -H 'Authorization: {auth}'

            """);
    }
}
