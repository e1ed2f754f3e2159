using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>Options after the benchmark's name on the command line, e.g. <c>-- hub-load --seconds 30</c>.</summary>
public static class BenchmarkArguments
{
    /// <summary>The integer after <paramref name="name"/>; <paramref name="fallback"/> when absent or out of range.</summary>
    public static int Int(string name, int fallback, int min, int max)
    {
        var args = Environment.GetCommandLineArgs();
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : fallback;
    }

    public static bool Has(string flag) => Environment.GetCommandLineArgs().Contains(flag);
}
