namespace OpenElements.Server.Connectors;

/// <summary>Registers every vendor check; the catalog refers to them by <see cref="IProvisioningCheck.Name"/>.</summary>
public static class ConnectorRegistration
{
    public static IServiceCollection AddProvisioningChecks(this IServiceCollection services)
    {
        // Vendor checks are added here as their folders land.
        return services;
    }
}
