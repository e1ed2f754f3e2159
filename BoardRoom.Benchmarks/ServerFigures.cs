namespace BoardRoom.Benchmarks;

/// <summary>Memory (MB) and CPU (cores while measuring) of one server process of a hub-load run.</summary>
internal sealed record ServerFigures(string Name, double RssBeforeMb, double PeakRssMb, double VmHwmMb, double CpuCores);
