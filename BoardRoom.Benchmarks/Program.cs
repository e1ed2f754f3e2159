using System.Reflection;
using BoardRoom.Benchmarks;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var wanted = args.Length == 0 ? "list" : args[0];
if (wanted == "list")
{
    Console.WriteLine("usage: dotnet run -c Release --project BoardRoom.Benchmarks -- <name|all>");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-16} {b.Description}");
    }
    return 0;
}

var selected = wanted == "all" ? benchmarks : benchmarks.Where(b => b.Name == wanted).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"unknown benchmark '{wanted}'; try 'list'");
    return 2;
}

var root = RepositoryPaths.Root;
Console.WriteLine($"# {Environment.MachineName}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
foreach (var b in selected)
{
    Console.WriteLine($"## {b.Name}: {b.Description}");
    await b.RunAsync(root, Console.Out);
}
// A benchmark with a verdict (chaos) sets a non-zero exit code when it fails.
return Environment.ExitCode;
