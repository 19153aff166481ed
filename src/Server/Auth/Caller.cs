namespace OpenElements.Server.Auth;

/// <summary>Who is calling: a user of an organization, and the instance when an Element token came along.</summary>
public sealed record Caller(long OrganizationId, long UserId, long? InstanceId);
