namespace OpenElements.Server.Connectors;

/// <summary>The vendor answered and refused (bad credentials, unknown company…). Nothing is stored.</summary>
/// <param name="message">Our sentence for the client, e.g. "SugarCRM rejected the credentials".</param>
/// <param name="providerMessage">The vendor's own error text, verbatim.</param>
/// <param name="statusCode">The status we answer with; a refusal of client-supplied credentials is a 400.</param>
public sealed class VendorRejectedException(string message, string providerMessage, int statusCode = 400)
    : Exception(message)
{
    public string ProviderMessage { get; } = providerMessage;

    public int StatusCode { get; } = statusCode;
}

/// <summary>How a vendor could not be reached.</summary>
public enum UnreachableKind
{
    /// <summary>The host name does not resolve: almost always a mistyped site/server URL (400).</summary>
    UnknownHost,

    /// <summary>The host resolved but refused or dropped the connection (502).</summary>
    ConnectionFailed,

    /// <summary>No answer in time (504).</summary>
    Timeout,

    /// <summary>The vendor host kept failing and its circuit is open: calls are paused (503).</summary>
    CircuitOpen,
}

/// <summary>The vendor could not be reached; the message names the host. Nothing is stored.</summary>
public sealed class VendorUnreachableException(string host, UnreachableKind kind, Exception? inner = null)
    : Exception(Describe(host, kind), inner)
{
    public string Host { get; } = host;

    public UnreachableKind Kind { get; } = kind;

    public int StatusCode => Kind switch
    {
        UnreachableKind.UnknownHost => 400,
        UnreachableKind.Timeout => 504,
        UnreachableKind.CircuitOpen => 503,
        _ => 502,
    };

    private static string Describe(string host, UnreachableKind kind) => kind switch
    {
        UnreachableKind.UnknownHost => $"Could not reach the vendor: the host '{host}' is unknown (it does not resolve). Check the site/server URL in the configuration.",
        UnreachableKind.Timeout => $"The vendor at '{host}' did not answer in time.",
        UnreachableKind.CircuitOpen => $"The vendor at '{host}' keeps failing; OpenElements has paused calls to it for a few seconds.",
        _ => $"Could not connect to the vendor at '{host}'.",
    };
}
