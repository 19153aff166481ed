using System.Text.RegularExpressions;

namespace OpenElements.Server.Connectors.NetSuite;

/// <summary>
/// A NetSuite account id in both spellings NetSuite uses (vendors.md 1.1): the realm form
/// <c>1234567_SB1</c> (OAuth realm, SOAP account) and the host label <c>1234567-sb1</c>.
/// CE stored one value and clients typed either, so both are accepted.
/// </summary>
public sealed partial record NetSuiteAccount(string Realm, string HostLabel)
{
    /// <summary>The SOAP endpoint version CE's "NetSuite 2016 CRM" element spoke.</summary>
    public const string SoapPort = "NetSuitePort_2016_2";

    public string SuiteTalkHost => $"{HostLabel}.suitetalk.api.netsuite.com";

    public Uri SoapEndpoint => new($"https://{SuiteTalkHost}/services/{SoapPort}");

    /// <summary>A REST record API URL, e.g. <c>RecordUrl("customer?limit=1")</c>.</summary>
    public Uri RecordUrl(string relative) => new($"https://{SuiteTalkHost}/services/rest/record/v1/{relative.TrimStart('/')}");

    public static NetSuiteAccount Parse(string accountId)
    {
        var id = accountId.Trim();
        if (!Shape().IsMatch(id))
        {
            // Nothing that is not a DNS label can name an account host: it is an unknown host,
            // reported as the network would rather than sent anywhere.
            throw new VendorUnreachableException($"{id}.suitetalk.api.netsuite.com", UnreachableKind.UnknownHost);
        }

        return new NetSuiteAccount(id.Replace('-', '_').ToUpperInvariant(), id.Replace('_', '-').ToLowerInvariant());
    }

    [GeneratedRegex("^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$")]
    private static partial Regex Shape();
}
