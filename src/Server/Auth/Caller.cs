using OpenElements.Server.Instances;

namespace OpenElements.Server.Auth;

/// <summary>Who is calling: a user of an organization, and the instance when an Element token came along.</summary>
/// <param name="Instance">
/// The Element token's instance row as <see cref="CallerResolver"/> read it (untracked, this request),
/// so a hub call does not read the same row again (docs/benchmarks.md, Hubs).
/// </param>
public sealed record Caller(long OrganizationId, long UserId, Instance? Instance)
{
    public long? InstanceId => Instance?.Id;
}
