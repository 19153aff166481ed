using System.Reflection;

namespace OpenElements.Server.Connectors;

/// <summary>Registers every vendor check; the catalog refers to them by <see cref="IProvisioningCheck.Name"/>.</summary>
public static class ConnectorRegistration
{
    public static IServiceCollection AddProvisioningChecks(this IServiceCollection services)
    {
        // Every IProvisioningCheck in this assembly: a new vendor folder needs no wiring here, and
        // start-up fails (ProvisioningChecks.ValidateCatalog) if the catalog names one that is missing.
        var checks = typeof(IProvisioningCheck).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProvisioningCheck).IsAssignableFrom(t));
        foreach (var type in checks)
        {
            services.AddSingleton(typeof(IProvisioningCheck), type);
        }

        return services;
    }

    /// <summary>Every <see cref="Hubs.IHubConnector"/> in this assembly, likewise by scan.</summary>
    public static IServiceCollection AddHubConnectors(this IServiceCollection services)
    {
        var connectors = typeof(Hubs.IHubConnector).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Hubs.IHubConnector).IsAssignableFrom(t));
        foreach (var type in connectors)
        {
            services.AddSingleton(typeof(Hubs.IHubConnector), type);
        }

        return services;
    }
}
