namespace BoardRoom.Benchmarks;

/// <summary>The machine's 1, 5 and 15 minute load averages (/proc/loadavg), as the benchmark pages record them.</summary>
internal static class LoadAverage
{
    public static string Now()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
