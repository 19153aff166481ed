using System.Text.Json.Nodes;
using OpenElements.Server.Elements;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>
/// A record a vendor accepts, built from the catalog: its required fields, a marker the case can find
/// it by, an optional field PATCH and PUT can prove their semantics with, and references copied from a
/// record the vendor already has (an id the catalog cannot know).
/// </summary>
public sealed record SampleRecord(string Element, string ObjectName, string Path, string IdField, string MarkerField, OptionalField? Optional, JsonObject Body)
{
    public static async Task<SampleRecord> BuildAsync(HubClient hub, string element, string objectName)
    {
        var definition = MatrixCases.Object(element, objectName);
        var path = $"hubs/{MatrixCases.Element(element).Hub}/{objectName}";
        var fields = definition.Fields;
        var copied = fields.Where(f => f.Type == "reference" && (!f.ReadOnly || f.Required) || (f.Required && f.VendorPath.Contains('/')))
            .Select(f => Top(f)).Concat(MatrixSamples.CopiedFieldsOf(element, objectName)).Distinct().ToList();
        var markerField = MatrixSamples.MarkerFieldOf(element, objectName)
            ?? fields.FirstOrDefault(f => f.Required && IsPlainString(f) && !copied.Contains(f.VendorPath))?.VendorPath
            ?? throw new InvalidOperationException($"{element}/{objectName}: no required string field to mark a record with; add one to {nameof(MatrixSamples)}.");
        var optional = MatrixSamples.OptionalFieldOf(element, objectName)
            ?? fields.Where(f => !f.Required && IsPlainString(f) && f.VendorPath != markerField && !copied.Contains(f.VendorPath))
                .Select(f => new OptionalField(f.VendorPath, "Created", "Patched")).FirstOrDefault();

        var marker = NewMarker();
        var body = new JsonObject();
        if (copied.Count > 0)
        {
            var existing = await ExistingAsync(hub, path, copied);
            foreach (var name in copied.Where(n => existing[n] is not null))
            {
                body[name] = existing[name]!.DeepClone();
            }
        }

        foreach (var field in fields.Where(f => f.Required && !f.VendorPath.Contains('/') && !body.ContainsKey(f.VendorPath)))
        {
            body[field.VendorPath] = field.Type switch
            {
                "number" => 1,
                "boolean" => false,
                "date" => "2027-01-15",
                _ => $"{marker}-{field.VendorPath}",
            };
        }

        body[markerField] = marker;
        if (optional is not null)
        {
            body[optional.Name] = optional.Created.DeepClone();
        }

        return new SampleRecord(element, objectName, path, definition.IdField, markerField, optional, body);
    }

    public string Marker => Body[MarkerField]!.GetValue<string>();

    /// <summary>Letters and digits only, so every vendor's filter syntax takes it unquoted-safe.</summary>
    public static string NewMarker() => "Mx" + Guid.NewGuid().ToString("N")[..10];

    public override string ToString() => $"{Element}/{ObjectName}";

    private static string Top(HubFieldDefinition field) => field.VendorPath.Split('/')[0];

    private static bool IsPlainString(HubFieldDefinition field) => field.Type == "string" && !field.ReadOnly && !field.VendorPath.Contains('/');

    /// <summary>A record that has all the fields to copy, else the first one.</summary>
    private static async Task<JsonObject> ExistingAsync(HubClient hub, string path, List<string> copied)
    {
        var list = await Json.GetAsync(hub.Http, $"{path}?pageSize=10");
        Assert.True(list.Status == 200, $"{path}: {list.Text}");
        var records = list.Body!.AsArray().OfType<JsonObject>().ToList();
        Assert.NotEmpty(records);
        return records.FirstOrDefault(r => copied.All(c => r[c] is not null)) ?? records[0];
    }
}
