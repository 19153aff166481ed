using System.Text.Json.Nodes;
using OpenElements.Server.Connectors.Zoho;
using OpenElements.Server.Elements;

namespace OpenElements.Server.UnitTests.Zoho;

public sealed class ZohoV1RecordsTests
{
    private static readonly HubObjectDefinition Leads = new()
    {
        VendorObject = "Leads",
        IdField = "LEADID",
        Fields = [new HubFieldDefinition { VendorPath = "LEADID", ReadOnly = true }, new HubFieldDefinition { VendorPath = "Modified Time", Type = "date", ReadOnly = true }],
    };

    [Fact]
    public void Rows_OneRowObjectOrManyRowsArray_FlattenToLabelKeyedObjects()
    {
        var one = JsonNode.Parse("""{"Leads":{"row":{"no":"1","FL":[{"val":"LEADID","content":"1"},{"val":"Last Name","content":"Smith"},{"val":"Fax","content":"null"}]}}}""");
        var many = JsonNode.Parse("""{"Leads":{"row":[{"no":"1","FL":[{"val":"LEADID","content":"1"}]},{"no":"2","FL":{"val":"LEADID","content":"2"}}]}}""");

        var single = Assert.Single(ZohoV1Records.Rows(one, "Leads"));
        Assert.Equal("""{"LEADID":"1","Last Name":"Smith","Fax":null}""", single.ToJsonString());
        Assert.Equal(["1", "2"], ZohoV1Records.Rows(many, "Leads").Select(r => r["LEADID"]!.GetValue<string>()));
    }

    [Fact]
    public void XmlData_FlatBody_EscapesValuesAndLeavesReadOnlyFieldsOut()
    {
        var body = JsonNode.Parse("""{"LEADID":"9","Modified Time":"x","Last Name":"O'Hara & <Sons>","No of Employees":12,"Fax":null}""")!.AsObject();

        Assert.Equal("""<Leads><row no="1"><FL val="Last Name">O'Hara &amp; &lt;Sons&gt;</FL><FL val="No of Employees">12</FL></row></Leads>""",
            ZohoV1Records.XmlData(Leads, body, keepNulls: false));
        Assert.EndsWith("""<FL val="Fax"></FL></row></Leads>""", ZohoV1Records.XmlData(Leads, body, keepNulls: true), StringComparison.Ordinal);
    }
}
