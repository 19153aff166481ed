namespace OpenElements.Server.Hubs;

/// <summary>
/// Tokens that several instances share because the vendor keeps one session per login: with SugarCRM,
/// a user has one session per platform, so two instances of that user would end each other's session
/// on every renewal. The values are encrypted, bound to <see cref="Key"/>.
/// </summary>
public sealed class VendorSession
{
    /// <summary>A hash of what identifies the vendor login (site, client, user, platform); never the values themselves.</summary>
    public required string Key { get; set; }

    public required byte[] ProtectedValues { get; set; }

    /// <summary>Unix milliseconds of the last renewal, for operators.</summary>
    public long UpdatedAt { get; set; }
}

/// <summary>
/// A vendor login several instances share: <paramref name="Key"/> names it (see <see cref="VendorSession.Key"/>),
/// <paramref name="ObtainedAtKey"/> is the config key with when its tokens were obtained (Unix ms), so an
/// instance adopts the shared tokens only when they are newer than its own — an instance provisioned after
/// the last renewal holds the live session, and the stored one is the session its login ended.
/// </summary>
public sealed record SharedLogin(string Key, string ObtainedAtKey);
