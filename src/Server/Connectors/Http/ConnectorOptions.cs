using System.ComponentModel.DataAnnotations;

namespace OpenElements.Server.Connectors.Http;

/// <summary>Outbound vendor HTTP. Bound from <c>Connectors</c>.</summary>
public sealed class ConnectorOptions
{
    /// <summary>One attempt's timeout, in seconds (default 10).</summary>
    [Range(0.1, 300)]
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>The whole call's budget including retries, in seconds (default 30).</summary>
    [Range(0.2, 600)]
    public double TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a failed GET/HEAD/OPTIONS (default 2).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The longest vendor <c>Retry-After</c> we wait out inside a request, in seconds (default 5); longer ones reach the client as 429.</summary>
    [Range(0, 120)]
    public double MaxRetryAfterSeconds { get; set; } = 5;

    /// <summary>Calls in 30 s before the circuit may judge a vendor host (default 10).</summary>
    [Range(2, 10000)]
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>How long an open circuit refuses calls to a failing vendor host, in seconds (default 15).</summary>
    [Range(0.5, 600)]
    public double CircuitBreakSeconds { get; set; } = 15;

    /// <summary>
    /// Element key → origin (e.g. <c>http://127.0.0.1:5090</c>) that receives that element's vendor calls,
    /// Host header kept (curl's --connect-to): a standalone simulator, or an egress proxy. Empty by default.
    /// </summary>
    public Dictionary<string, string> ConnectTo { get; set; } = [];
}
