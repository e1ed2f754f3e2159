namespace BoardRoom.Testing;

/// <summary>Paths of files the tests and benchmarks read from the repository and from ../shared beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder holding BoardRoom.sln, found by walking up from the binary or, failing that, the working directory.</summary>
    public static string Root => RootLazy.Value;

    public static string TestData(string name) => Path.Combine(Root, "testdata", name);

    /// <summary>../shared/data/editing-traces, next to the repository (as on CI and on developer machines).</summary>
    public static string EditingTrace(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "editing-traces", fileName));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Editing trace not found at {path}: the shared folder is expected beside the repository.", path);
        }
        return path;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BoardRoom.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException($"BoardRoom.sln not found above {AppContext.BaseDirectory} or the working directory.");
    }
}
