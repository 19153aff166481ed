namespace OpenElements.Simulators.SugarCrm;

/// <summary>Sugar's token settings; tests change them on the live singleton (short lifetimes for refresh tests).</summary>
internal sealed class SugarCrmSimulatorOptions
{
    /// <summary>Access-token lifetime, reported as <c>expires_in</c>. Default 3600 s, Sugar's stock value.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromSeconds(3600);

    /// <summary>Refresh-token lifetime, reported as <c>refresh_expires_in</c>. Default 14 days, Sugar's stock value.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromSeconds(1_209_600);

    /// <summary>
    /// A password login ends the same user's earlier session on the same platform. Default on: it is
    /// what Sugar does, and why integrations must log in with their own platform name.
    /// </summary>
    public bool SingleSessionPerPlatform { get; set; } = true;
}
