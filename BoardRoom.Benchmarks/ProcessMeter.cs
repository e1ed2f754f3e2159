using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>
/// CPU and memory of one process the benchmark started, from <c>/proc/pid</c> (Linux): VmRSS when created and sampled
/// every 250 ms until <see cref="StopAsync"/>, VmHWM at the end, and user + system CPU over the measured window.
/// </summary>
internal sealed class ProcessMeter : IDisposable
{
    private readonly int _pid;
    private readonly long _rssBeforeKb;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakRssKb;
    private double _cpuAtStart;
    private double _cpuCores;

    private ProcessMeter(string name, int pid)
    {
        Name = name;
        _pid = pid;
        _rssBeforeKb = StatusKb(pid, "VmRSS");
        _peakRssKb = _rssBeforeKb;
        _sampler = Task.Run(SampleAsync);
    }

    /// <summary>What the figures are labelled with when a run has several servers ("A", "B", "Redis").</summary>
    public string Name { get; }

    public static ProcessMeter Start(string name, int pid) => new(name, pid);

    public void StartMeasuring() => _cpuAtStart = CpuSeconds(_pid);

    public void StopMeasuring(TimeSpan measured) => _cpuCores = (CpuSeconds(_pid) - _cpuAtStart) / measured.TotalSeconds;

    public async Task<ServerFigures> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
        var peakKb = Math.Max(_peakRssKb, StatusKb(_pid, "VmRSS"));
        return new ServerFigures(Name, _rssBeforeKb / 1024.0, peakKb / 1024.0, StatusKb(_pid, "VmHWM") / 1024.0, _cpuCores);
    }

    /// <summary>Releases the sampler's token if <see cref="StopAsync"/> was never called.</summary>
    public void Dispose() => _stop.Dispose();

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _peakRssKb = Math.Max(_peakRssKb, StatusKb(_pid, "VmRSS"));
            try
            {
                await Task.Delay(250, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>User + system CPU seconds of a process so far, from /proc/pid/stat (clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ", field 3 (state) is index 0: utime is field 14, stime field 15.
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long StatusKb(int pid, string field) => FieldKb($"/proc/{pid}/status", field);

    /// <summary>A "Field:   123 kB" line of a /proc file (status, meminfo), in KiB; 0 when it is not there.</summary>
    internal static long FieldKb(string path, string field)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process has gone.
        }
        return 0;
    }
}
