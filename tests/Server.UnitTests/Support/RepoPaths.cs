namespace OpenElements.Server.UnitTests.Support;

/// <summary>Files of the repository the tests run from, found from the test binaries upward.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding <c>Product.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "catalog");

    /// <summary>
    /// <c>shared/&lt;relative&gt;</c> beside the repository, or null when there is none (a fresh clone).
    /// CI puts shared/ right beside the clone; a git worktree sits deeper (e.g. wt/name), so every
    /// ancestor is tried, nearest first.
    /// </summary>
    public static string? Shared(string relative)
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Product.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Product.slnx above {AppContext.BaseDirectory}.");
    }
}
