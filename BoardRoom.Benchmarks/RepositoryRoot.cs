namespace BoardRoom.Benchmarks;

public static class RepositoryRoot
{
    /// <summary>The folder holding BoardRoom.sln, found by walking up from the working directory or the binary.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BoardRoom.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("BoardRoom.sln not found above the working directory.");
    }
}
