using OpenElements.Server.UnitTests.Support;

namespace OpenElements.Server.UnitTests.Elements;

/// <summary>
/// The repository carries copies of shared/ files so a fresh clone builds and tests alone; where
/// shared/ is beside the repository (CI, a developer's machine) the copies must not have drifted.
/// Without it these return early: xunit 2 has no dynamic skip.
/// </summary>
public class SharedCopiesTests
{
    [Fact]
    public void SandboxCredentials_SharedFileBesideRepo_CopyIdentical()
    {
        var shared = RepoPaths.Shared("sandbox-credentials.json");
        if (shared is null)
        {
            return;
        }

        var copy = Path.Combine(RepoPaths.Root, "src", "Simulators", "sandbox-credentials.json");

        Assert.Equal(Text(shared), Text(copy));
    }

    [Fact]
    public void Seeds_SharedFolderBesideRepo_CopiesIdentical()
    {
        var shared = RepoPaths.Shared("seeds");
        if (shared is null || !Directory.Exists(shared))
        {
            return;
        }

        var copies = Path.Combine(RepoPaths.Root, "tests", "Server.IntegrationTests", "Seeds");

        Assert.Equal(Names(shared), Names(copies));
        Assert.All(Names(shared), name => Assert.True(
            Text(Path.Combine(shared, name)) == Text(Path.Combine(copies, name)),
            $"tests/Server.IntegrationTests/Seeds/{name} differs from {Path.Combine(shared, name)}"));
    }

    private static List<string> Names(string directory) =>
        [.. Directory.GetFiles(directory, "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    // A checkout may turn LF into CRLF; that is not drift.
    private static string Text(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");
}
