namespace OpenElements.Simulators.Oracle;

/// <summary>
/// A Sales Cloud account (an organization party). <see cref="PartyNumber"/> is the path key and CE's id.
/// </summary>
// REVIEW: [M] the attribute set besides PartyNumber, CreationDate and LastUpdateDate (vendors.md 3.2).
public sealed record OracleAccount(
    long PartyId,
    string PartyNumber,
    string OrganizationName,
    string Type,
    string OwnerName,
    string EmailAddress,
    string FormattedPhoneNumber,
    string Url,
    string City,
    string State,
    string Country,
    string CreatedBy,
    DateTimeOffset CreationDate,
    string LastUpdatedBy,
    DateTimeOffset LastUpdateDate);
