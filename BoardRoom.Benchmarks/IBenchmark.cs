namespace BoardRoom.Benchmarks;

/// <summary>A benchmark the runner discovers by reflection; each prints its own figures.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. "ot-replay".</summary>
    string Name { get; }

    string Description { get; }

    Task RunAsync(string repositoryRoot, TextWriter output);
}
