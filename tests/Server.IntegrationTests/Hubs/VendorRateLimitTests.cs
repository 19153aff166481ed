using OpenElements.Simulators.ConnectWise;
using OpenElements.Simulators.NetSuite;
using OpenElements.Simulators.SugarCrm;

namespace OpenElements.Server.IntegrationTests.Hubs;

// The rate-limit tests of FaultTestBase for the vendors whose other fault tests live elsewhere
// (Oracle: VendorFaultTests, Zoho: ZohoFaultTests): every vendor's 429 is honoured or passed on alike.

[Collection(FaultCollection.Name)]
public sealed class SugarRateLimitTests(FaultServerFactory server) : FaultTestBase<SugarCrmFaults>(server)
{
    protected override string ElementKey => "sugarcrmv2";

    protected override string ListPath => "hubs/crm/accounts?pageSize=3";
}

[Collection(FaultCollection.Name)]
public sealed class NetSuiteRateLimitTests(FaultServerFactory server) : FaultTestBase<NetSuiteFaults>(server)
{
    protected override string ElementKey => "netsuitecrmv2";

    protected override string? AuthType => "TokenBasedAuthentication";

    protected override string ListPath => "hubs/crm/accounts?pageSize=3";
}

[Collection(FaultCollection.Name)]
public sealed class ConnectWiseRateLimitTests(FaultServerFactory server) : FaultTestBase<ConnectWiseFaults>(server)
{
    protected override string ElementKey => "connectwisehd";

    protected override string ListPath => "hubs/helpdesk/incidents?pageSize=3";
}
