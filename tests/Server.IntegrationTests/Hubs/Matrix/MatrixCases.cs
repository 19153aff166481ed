using OpenElements.Server.Elements;

namespace OpenElements.Server.IntegrationTests.Hubs.Matrix;

/// <summary>
/// Theory data read from the catalog the server loads: every element with a hub connector and objects,
/// and every object of it. An element that gains a connector joins the matrix without a test change.
/// </summary>
public static class MatrixCases
{
    public static readonly ElementCatalog Catalog = ElementCatalog.Load(Path.Combine(AppContext.BaseDirectory, "catalog"));

    public static IEnumerable<ElementDefinition> Elements =>
        Catalog.All.Where(e => e.HubConnector is not null && e.Objects.Count > 0).OrderBy(e => e.Key, StringComparer.Ordinal);

    public static ElementDefinition Element(string key) => Catalog.Find(key)!;

    public static HubObjectDefinition Object(string element, string objectName) => Element(element).Objects[objectName];

    public static TheoryData<string> ElementKeys() => [.. Elements.Select(e => e.Key)];

    public static TheoryData<string, string> AllObjects() => Pairs(Elements.SelectMany(e => e.Objects.Keys.Select(o => (e.Key, o))));

    /// <summary>Objects the vendor writes, with a sample record the matrix can build.</summary>
    public static TheoryData<string, string> WritableObjects() =>
        Pairs(Writable().Where(c => Skip(c) is null));

    /// <summary>
    /// Writable objects the matrix cannot build a record for: reported as skipped cases, not left out, so
    /// a new element's gap shows in every run. <see cref="MatrixSamples.SkipReason"/> says why.
    /// </summary>
    public static TheoryData<string, string> SkippedObjects() => Pairs(Writable().Where(c => Skip(c) is not null));

    /// <summary>Objects the catalog marks read-only: the hub must refuse writes to them.</summary>
    public static TheoryData<string, string> ReadOnlyObjects() =>
        Pairs(Elements.SelectMany(e => e.Objects.Where(o => o.Value.ReadOnly).Select(o => (e.Key, o.Key))));

    /// <summary>Child collections the matrix has a child sample for, under a parent it can create.</summary>
    public static TheoryData<string, string, string> Children() => Triples(AllChildren().Where(c => ChildSkip(c) is null));

    /// <summary>Child collections it cannot exercise, reported as skipped (<see cref="ChildSkip"/> says why).</summary>
    public static TheoryData<string, string, string> SkippedChildren() => Triples(AllChildren().Where(c => ChildSkip(c) is not null));

    public static string? ChildSkip((string Element, string Object, string Child) c) =>
        MatrixSamples.ChildOf(c.Element, c.Object, c.Child) is null ? $"no child sample in {nameof(MatrixSamples)}"
        : Object(c.Element, c.Object).ReadOnly ? "the parent is read-only, so the matrix cannot create one"
        : Skip((c.Element, c.Object));

    private static IEnumerable<(string, string, string)> AllChildren() =>
        Elements.SelectMany(e => e.Objects.SelectMany(o => o.Value.Children.Keys.Select(child => (e.Key, o.Key, child))));

    private static IEnumerable<(string Element, string Object)> Writable() =>
        Elements.SelectMany(e => e.Objects.Where(o => !o.Value.ReadOnly).Select(o => (e.Key, o.Key)));

    private static string? Skip((string Element, string Object) c) => MatrixSamples.SkipReason(c.Element, Element(c.Element).HubConnector!, c.Object);

    private static TheoryData<string, string> Pairs(IEnumerable<(string, string)> pairs)
    {
        var data = new TheoryData<string, string>();
        foreach (var (a, b) in pairs)
        {
            data.Add(a, b);
        }

        return data;
    }

    private static TheoryData<string, string, string> Triples(IEnumerable<(string, string, string)> triples)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (a, b, c) in triples)
        {
            data.Add(a, b, c);
        }

        return data;
    }
}
