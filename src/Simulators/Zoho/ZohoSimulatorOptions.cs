using System.ComponentModel.DataAnnotations;

namespace OpenElements.Simulators.Zoho;

/// <summary>Switches for the Zoho simulator; bound from <c>Simulators:Zoho</c>, changeable at run time by tests.</summary>
public sealed class ZohoSimulatorOptions
{
    public const string Section = "Simulators:Zoho";

    /// <summary>
    /// Whether a user may hold at most <see cref="MaxActiveAuthTokensPerUser"/> v1 authtokens, as Zoho
    /// enforced (<c>EXCEEDED_MAXIMUM_ALLOWED_AUTHTOKENS</c>). Default <c>false</c>: the sandbox has one
    /// user, and every sandbox instance, test and benchmark run creates a token for it.
    /// </summary>
    public bool LimitActiveAuthTokens { get; set; }

    /// <summary>The per-user cap when <see cref="LimitActiveAuthTokens"/> is on. Default 10 (CE's tip: "Zoho allows only ten API keys").</summary>
    [Range(1, 10_000)]
    public int MaxActiveAuthTokensPerUser { get; set; } = 10;

    /// <summary>Seeded records per module (Accounts, Contacts, Leads, Potentials). Default 2,100.</summary>
    [Range(1, 100_000)]
    public int RecordsPerModule { get; set; } = 2_100;

    /// <summary>The seed of the record generator; the same seed makes the same org. Default 20_181_231 (v1's end of life).</summary>
    public int Seed { get; set; } = 20_181_231;
}
