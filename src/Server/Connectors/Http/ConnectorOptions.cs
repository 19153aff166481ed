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

    /// <summary>
    /// Element key → origin (e.g. <c>http://127.0.0.1:5090</c>) that receives that element's vendor calls,
    /// Host header kept (curl's --connect-to): a standalone simulator, or an egress proxy. Empty by default.
    /// </summary>
    public Dictionary<string, string> ConnectTo { get; set; } = [];
}
