namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Sugar's token and data settings; tests change them on the live singleton (short lifetimes for refresh
/// tests). The data settings are read when a module's records are first used.
/// </summary>
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

    /// <summary>
    /// The cap on <c>max_num</c>, Sugar's <c>max_record_fetch_size</c> config. Default 1000, Sugar's stock value.
    /// </summary>
    // REVIEW: [M] 1000 is the stock config value as remembered; instances can raise or lower it.
    public int MaxRecordFetchSize { get; set; } = 1000;

    /// <summary>How many records each module is seeded with. Default 2000.</summary>
    public int RecordsPerModule { get; set; } = 2000;

    /// <summary>The seed of every module's random stream; change it to get a different, still repeatable, tenant.</summary>
    public int Seed { get; set; } = 20160405;

    /// <summary>
    /// The latest <c>date_modified</c> a seeded record can have; seeded records fall in the two years before it.
    /// Default 2025-06-30 17:00 at the sandbox user's offset: fixed, so data does not drift with the calendar.
    /// </summary>
    public DateTimeOffset SeedEnd { get; set; } = new(2025, 6, 30, 17, 0, 0, SugarDate.Offset);
}
