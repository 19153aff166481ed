using System.Globalization;
using System.Text.Json;

namespace OpenElements.LoadGen;

/// <summary>One scenario at one concurrency: the JSON line <c>run</c> prints and <c>report</c> reads.</summary>
public sealed record RunResult(
    string Scenario,
    string Label,
    int Concurrency,
    double WarmupSeconds,
    double DurationSeconds,
    long Requests,
    long Errors,
    Dictionary<string, long> ErrorsByKind,
    string? FirstError,
    double RequestsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    double? MachineBusy,
    Dictionary<string, double> CpuMsPerRequest,
    Dictionary<string, double> CpuCores,
    double? OthersCores,
    int Attempts,
    string Timestamp)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RunResult From(string scenario, string label, int concurrency, double warmup, Measurement m, int attempts)
    {
        var requests = m.SortedLatencies.LongLength;
        var cpu = m.Cpu?.Seconds ?? [];
        // Busy cores that none of the watched processes (nor the load generator) account for: other work.
        double? others = m.Cpu is null ? null : Math.Max(0, m.Cpu.MachineBusy * Environment.ProcessorCount - cpu.Values.Sum() / m.Seconds);
        return new RunResult(
            scenario, label, concurrency, warmup, Round(m.Seconds), requests, m.Errors.Values.Sum(), m.Errors, m.FirstError,
            Round(requests / m.Seconds), Round(m.PercentileMs(50)), Round(m.PercentileMs(90)), Round(m.PercentileMs(99)),
            Round(m.PercentileMs(100)), Round(m.MeanMs), m.Cpu is null ? null : Round(m.Cpu.MachineBusy),
            // CPU per successful request: what one more request costs each process, in milliseconds.
            cpu.ToDictionary(c => c.Key, c => requests == 0 ? 0 : Round(c.Value * 1000 / requests)),
            cpu.ToDictionary(c => c.Key, c => Round(c.Value / m.Seconds)),
            others is null ? null : Round(others.Value),
            attempts,
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    }

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    public string ToHumanLine()
    {
        var cpu = CpuMsPerRequest.Count == 0 ? "" :
            "  | CPU ms/req " + string.Join(", ", CpuMsPerRequest.Select(c => $"{c.Key} {F(c.Value)}")) + (MachineBusy is { } b ? $"; machine {b:P0} busy, others {OthersCores:F2} cores" : "");
        var errors = Errors == 0 ? "errors 0" : $"ERRORS {Errors} ({string.Join(", ", ErrorsByKind.Select(e => $"{e.Key}×{e.Value}"))}; first: {FirstError})";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Scenario,-15} {Label,-12} c={Concurrency,-3} {RequestsPerSecond,8:F0} req/s  p50 {P50Ms:F2}  p90 {P90Ms:F2}  p99 {P99Ms:F2}  max {MaxMs:F2} ms  {errors}{cpu}");
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 3);
}
