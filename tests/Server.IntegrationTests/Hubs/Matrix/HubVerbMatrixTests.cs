using System.Text.Json.Nodes;
using OpenElements.Server.Hubs.Ceql;
using OpenElements.Server.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>
/// Every verb on every object of every element with a hub connector, against the simulators: a record
/// goes in, is read, found by a where, patched, put, deleted and then answers 404. Read-only objects and
/// child collections are in <see cref="HubRestrictedVerbMatrixTests"/>.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HubVerbMatrixTests(ServerFactory server, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(MatrixCases.WritableObjects), MemberType = typeof(MatrixCases))]
    [MemberData(nameof(MatrixCases.SkippedObjects), MemberType = typeof(MatrixCases),
        Skip = "The matrix cannot build a record for this element/object: MatrixSamples.SkipReason says why.")]
    public async Task Record_ThroughEveryVerb_IsCreatedReadFoundPatchedPutAndDeleted(string element, string objectName)
    {
        var hub = await SharedHubClients.ForAsync(server, element);
        var sample = await SampleRecord.BuildAsync(hub, element, objectName);
        output.WriteLine($"POST {sample.Path} {sample.Body.ToJsonString()}; marker {sample.MarkerField}, optional {sample.Optional?.Name ?? "(none)"}");

        var created = await Json.PostAsync(hub.Http, sample.Path, sample.Body);
        Assert.True(created.Status == 200, $"{sample} POST {sample.Body.ToJsonString()} → {created.Status}: {created.Text}");
        var id = created.Body![sample.IdField]?.ToString();
        Assert.False(string.IsNullOrEmpty(id), $"{sample}: the created record has no {sample.IdField}: {created.Text}");
        Assert.Equal(sample.Marker, created.Body[sample.MarkerField]?.ToString());
        var item = $"{sample.Path}/{Uri.EscapeDataString(id)}";

        var read = await Json.GetAsync(hub.Http, item);
        Assert.True(read.Status == 200, $"{sample} GET {item} → {read.Status}: {read.Text}");
        Assert.Equal(id, read.Body![sample.IdField]?.ToString());
        Assert.Equal(sample.Marker, read.Body[sample.MarkerField]?.ToString());
        AssertOptional(sample, read.Body, sample.Optional?.Created);

        await AssertListAsync(hub, sample, id);

        // PATCH merges: the field sent changes, the marker stays.
        var patch = sample.Optional is { } optional
            ? new JsonObject { [optional.Name] = optional.Patched.DeepClone() }
            : new JsonObject { [sample.MarkerField] = sample.Marker + "p" };
        var patched = await Json.SendAsync(hub.Http, HttpMethod.Patch, item, patch);
        Assert.True(patched.Status == 200, $"{sample} PATCH {patch.ToJsonString()} → {patched.Status}: {patched.Text}");
        var afterPatch = (await Json.GetAsync(hub.Http, item)).Body!;
        if (sample.Optional is not null)
        {
            Assert.Equal(sample.Marker, afterPatch[sample.MarkerField]?.ToString());
            AssertOptional(sample, afterPatch, sample.Optional.Patched);
        }
        else
        {
            Assert.Equal(sample.Marker + "p", afterPatch[sample.MarkerField]?.ToString());
        }

        await AssertPutAsync(hub, sample, item);
        Json.AssertWireError(await Json.GetAsync(hub.Http, $"{item}/nosuchchild"), 404, "nosuchchild");

        Assert.Equal(200, (await Json.SendAsync(hub.Http, HttpMethod.Delete, item)).Status);
        Json.AssertWireError(await Json.GetAsync(hub.Http, item), 404);
        Json.AssertWireError(await Json.SendAsync(hub.Http, HttpMethod.Delete, item), 404);
    }

    /// <summary>PUT as the vendor documents it: a replace clears what the body leaves out, a merge keeps it.</summary>
    private static async Task AssertPutAsync(HubClient hub, SampleRecord sample, string item)
    {
        var semantics = MatrixSamples.Put[MatrixCases.Element(sample.Element).HubConnector!];
        var renamed = sample.Marker + "u";
        var body = semantics == PutSemantics.Replace ? (JsonObject)sample.Body.DeepClone() : [];
        body[sample.MarkerField] = renamed;
        if (sample.Optional is not null)
        {
            body.Remove(sample.Optional.Name);
        }

        var put = await Json.SendAsync(hub.Http, HttpMethod.Put, item, body);
        Assert.True(put.Status == 200, $"{sample} PUT {body.ToJsonString()} → {put.Status}: {put.Text}");
        var after = (await Json.GetAsync(hub.Http, item)).Body!;
        Assert.Equal(renamed, after[sample.MarkerField]?.ToString());
        if (sample.Optional is { } optional)
        {
            if (semantics == PutSemantics.Replace)
            {
                Assert.True(after[optional.Name] is null || after[optional.Name]!.ToString() == "", $"{sample}: a replacing PUT kept {optional.Name}: {after.ToJsonString()}");
            }
            else
            {
                AssertOptional(sample, after, optional.Patched);
            }
        }
    }

    /// <summary>pageSize bounds a plain list; a where on the marker finds the one record.</summary>
    private static async Task AssertListAsync(HubClient hub, SampleRecord sample, string id)
    {
        var page = await Json.GetAsync(hub.Http, $"{sample.Path}?pageSize=2");
        Assert.True(page.Status == 200, $"{sample} list → {page.Status}: {page.Text}");
        Assert.Equal(2, page.Body!.AsArray().Count);

        // Back-ticks where the field is no bare CEQL name (Zoho v1 labels such as `Last Name`).
        var where = $"{CeqlText.Field(sample.MarkerField)} = '{sample.Marker}'";
        var found = await Json.GetAsync(hub.Http, $"{sample.Path}?pageSize=5&where={Uri.EscapeDataString(where)}");
        Assert.True(found.Status == 200, $"{sample} where {where} → {found.Status}: {found.Text}");
        var record = Assert.Single(found.Body!.AsArray());
        Assert.Equal(id, record![sample.IdField]?.ToString());
    }

    private static void AssertOptional(SampleRecord sample, JsonNode record, JsonNode? expected)
    {
        if (sample.Optional is null || expected is null)
        {
            return;
        }

        var want = expected.ToString();
        var actual = record[sample.Optional.Name]?.ToString();
        // A date may come back in the vendor's own form (a time added, another offset): the day must match.
        var same = IsDate(want) ? actual?.StartsWith(want[..10], StringComparison.Ordinal) == true : actual == want;
        Assert.True(same, $"{sample}: expected {sample.Optional.Name} {want}, got {actual ?? "(none)"} in {record.ToJsonString()}");
    }

    private static bool IsDate(string text) => text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", out _);
}
