using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>Switches for behaviour the research could not pin down; tests flip them on the live singleton.</summary>
internal sealed class ConnectWiseSimulatorOptions
{
    /// <summary>
    /// Status for a REST call without a well-formed <c>clientId</c> header. Default 401.
    /// </summary>
    // REVIEW: [M] ConnectWise documents the header as required on every call since 2019 but not the
    // exact answer when it is absent; vendors.md 4.8 asks for 401 or 400, so it is a switch.
    public int MissingClientIdStatusCode { get; set; } = StatusCodes.Status401Unauthorized;

    /// <summary>How many companies, contacts, opportunities and tickets are seeded. Default 2000. Read on first use.</summary>
    public int RecordsPerResource { get; set; } = 2000;

    /// <summary>The seed of every resource's random stream; change it for a different, still repeatable, tenant.</summary>
    public int Seed { get; set; } = 20250101;

    /// <summary>
    /// The latest <c>_info/lastUpdated</c> a seeded record can have; seeded records fall in the two years before.
    /// Default 2025-06-30T21:00:00Z: fixed, so data does not drift with the calendar.
    /// </summary>
    public DateTimeOffset SeedEnd { get; set; } = new(2025, 6, 30, 21, 0, 0, TimeSpan.Zero);
}
