using System.Text.Json.Serialization;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>A company (account) as <c>/company/companies</c> returns it; JSON names follow ConnectWise's model.</summary>
internal sealed record Company(
    int Id,
    string Identifier,
    string Name,
    Reference Status,
    string AddressLine1,
    string City,
    string State,
    string Zip,
    Reference Country,
    string PhoneNumber,
    string Website,
    IReadOnlyList<Reference> Types,
    bool LeadFlag,
    bool DeletedFlag,
    [property: JsonPropertyName("_info")] RecordInfo Info);

/// <summary>ConnectWise's reference shape <c>{id, name}</c>.</summary>
internal sealed record Reference(int Id, string Name);

/// <summary>The <c>_info</c> block every entity carries; times are UTC and serialize with a trailing Z.</summary>
internal sealed record RecordInfo(DateTime LastUpdated, string UpdatedBy, DateTime DateEntered, string EnteredBy);
