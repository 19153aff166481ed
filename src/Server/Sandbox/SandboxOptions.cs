namespace OpenElements.Server.Sandbox;

/// <summary>Sandbox mode: every element's vendor calls go to the simulators. Bound from <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    /// <summary>Off by default: a production server talks to the real vendors.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A standalone simulator host (<c>dotnet run --project src/Simulators</c>) to use instead of the
    /// in-process one, e.g. <c>http://127.0.0.1:5090</c>. Empty: start the simulators in-process.
    /// </summary>
    public string? SimulatorUrl { get; set; }
}
