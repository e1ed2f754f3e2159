namespace BoardRoom.Tests.Support;

/// <summary>Paths of files the tests read from the repository and from ../shared beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoardRoom.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("BoardRoom.sln not found above " + AppContext.BaseDirectory);
    });

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
}
