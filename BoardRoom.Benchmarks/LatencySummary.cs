using System.Globalization;
using System.Text.Json;

namespace BoardRoom.Benchmarks;

/// <summary>Count, percentiles (nearest rank) and maximum of a set of latencies in ms.</summary>
internal readonly record struct LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(List<double> values)
    {
        if (values.Count == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, At(50), At(95), At(99), sorted[^1]);
    }

    public static LatencySummary FromJson(JsonElement e) => e.GetProperty("count").GetInt32() == 0
        ? new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN)
        : new LatencySummary(e.GetProperty("count").GetInt32(), e.GetProperty("p50").GetDouble(), e.GetProperty("p95").GetDouble(),
            e.GetProperty("p99").GetDouble(), e.GetProperty("max").GetDouble());

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{P50:F1} / {P95:F1} / {P99:F1} / {Max:F1}");
}
