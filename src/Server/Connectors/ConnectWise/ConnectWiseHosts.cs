namespace OpenElements.Server.Connectors.ConnectWise;

/// <summary>
/// Where ConnectWise's REST API lives for a server a client typed. Cloud tenants sign in on
/// <c>na.myconnectwise.net</c> but the API answers on <c>api-na.myconnectwise.net</c>
/// (django-connectwise <c>CW_CLOUD_URLS</c>, vendors.md 4.1); on-premise servers serve both.
/// </summary>
internal static class ConnectWiseHosts
{
    private static readonly Dictionary<string, string> CloudApiHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["na.myconnectwise.net"] = "api-na.myconnectwise.net",
        ["eu.myconnectwise.net"] = "api-eu.myconnectwise.net",
        ["au.myconnectwise.net"] = "api-au.myconnectwise.net",
        ["aus.myconnectwise.net"] = "api-aus.myconnectwise.net",
        ["za.myconnectwise.net"] = "api-za.myconnectwise.net",
        ["staging.connectwisedev.com"] = "api-staging.connectwisedev.com",
    };

    public static string ApiHost(string serverHost) =>
        CloudApiHosts.TryGetValue(serverHost, out var api) ? api : serverHost;
}
