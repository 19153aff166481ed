using System.Diagnostics;

namespace OpenElements.LoadGen;

/// <summary>
/// N workers, each sending its next request as soon as the previous answer is read. Every request that
/// completes inside the measured window counts, with its whole latency; the warm-up's and the ones
/// still in flight at the end are dropped. All latencies are kept and sorted: exact percentiles.
/// </summary>
public sealed class ClosedLoop(HttpClient http, IScenario scenario, int concurrency)
{
    public async Task<Measurement> RunAsync(TimeSpan warmup, TimeSpan duration, CpuMeter cpu)
    {
        var measureStart = Stopwatch.GetTimestamp() + Ticks(warmup);
        var measureEnd = measureStart + Ticks(duration);
        var workers = Enumerable.Range(0, concurrency).Select(i => new Worker(http, scenario, i)).ToArray();
        var running = workers.Select(w => Task.Run(() => w.RunAsync(measureStart, measureEnd))).ToList();
        var usage = await cpu.MeasureAsync(measureStart, measureEnd);
        await Task.WhenAll(running);

        var latencies = new long[workers.Sum(w => w.Latencies.Count)];
        var at = 0;
        foreach (var worker in workers)
        {
            worker.Latencies.CopyTo(latencies, at);
            at += worker.Latencies.Count;
        }

        Array.Sort(latencies);
        var errors = workers.SelectMany(w => w.Errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        var firstError = workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null);
        return new Measurement(latencies, errors, firstError, (measureEnd - measureStart) / (double)Stopwatch.Frequency, usage);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private sealed class Worker(HttpClient http, IScenario scenario, int id)
    {
        // Preallocated for ~3,000 req/s per worker over 20 s; List grows past that if it must.
        public List<long> Latencies { get; } = new(1 << 16);

        public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

        public string? FirstError { get; private set; }

        public async Task RunAsync(long measureStart, long measureEnd)
        {
            // Workers start on different instances (get) so they do not all hit the same row at once.
            var sequence = (long)id * 7919;
            while (Stopwatch.GetTimestamp() < measureEnd)
            {
                var started = Stopwatch.GetTimestamp();
                var error = await SendAsync(sequence++);
                var ended = Stopwatch.GetTimestamp();
                if (ended < measureStart || ended > measureEnd)
                {
                    continue;
                }

                if (error is null)
                {
                    Latencies.Add(ended - started);
                }
                else
                {
                    Errors[error.Value.Kind] = Errors.GetValueOrDefault(error.Value.Kind) + 1;
                    FirstError ??= error.Value.Detail;
                }
            }
        }

        private async Task<(string Kind, string Detail)?> SendAsync(long sequence)
        {
            try
            {
                using var request = scenario.NextRequest(sequence);
                // The default completion option reads the whole body, as a real client would.
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                var body = await response.Content.ReadAsStringAsync();
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return (status, $"{status}: {(body.Length > 300 ? body[..300] : body)}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return (e.GetType().Name, e.Message);
            }
        }
    }
}

/// <summary>What one measured window produced: sorted latencies in Stopwatch ticks, errors by status or exception.</summary>
public sealed record Measurement(long[] SortedLatencies, Dictionary<string, long> Errors, string? FirstError, double Seconds, CpuUsage? Cpu)
{
    public double PercentileMs(double p)
    {
        if (SortedLatencies.Length == 0)
        {
            return 0;
        }

        // Nearest rank: the smallest latency that at least p% of requests did not exceed.
        var rank = (int)Math.Ceiling(p / 100 * SortedLatencies.Length);
        return Ms(SortedLatencies[Math.Clamp(rank - 1, 0, SortedLatencies.Length - 1)]);
    }

    public double MeanMs => SortedLatencies.Length == 0 ? 0 : SortedLatencies.Average() * 1000.0 / Stopwatch.Frequency;

    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
