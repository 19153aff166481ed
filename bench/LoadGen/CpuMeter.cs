using System.Diagnostics;
using System.Globalization;

namespace OpenElements.LoadGen;

/// <summary>A process to charge CPU to: one pid, or every process with a given name (PostgreSQL's backends).</summary>
public sealed record CpuTarget(string Name, int? Pid, string? Comm)
{
    /// <summary><c>server=1234</c> or <c>postgres=comm:postgres</c>.</summary>
    public static CpuTarget Parse(string text)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            throw new ArgumentException($"--cpu wants NAME=PID or NAME=comm:PROCESSNAME, not '{text}'.");
        }

        return parts[1].StartsWith("comm:", StringComparison.Ordinal)
            ? new CpuTarget(parts[0], null, parts[1]["comm:".Length..])
            : int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid) ? new CpuTarget(parts[0], pid, null)
            : throw new ArgumentException($"--cpu {parts[0]}: '{parts[1]}' is not a pid.");
    }
}

/// <summary>CPU time over the measured window, per target and for the whole machine.</summary>
public sealed record CpuUsage(double MachineBusy, Dictionary<string, double> Seconds);

/// <summary>
/// Reads Linux /proc at the start and the end of the measured window: utime+stime of each target (all
/// its threads), this process's own CPU, and the machine's busy share from /proc/stat. With 2 cores
/// shared by load generator, server and database, this says who spends the cores.
/// </summary>
public sealed class CpuMeter(IReadOnlyList<CpuTarget> targets)
{
    // USER_HZ: the unit of /proc/<pid>/stat times. It is 100 on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;
    public const string LoadGenName = "loadgen";

    public async Task<CpuUsage?> MeasureAsync(long measureStart, long measureEnd)
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        await DelayUntil(measureStart);
        var before = Sample();
        await DelayUntil(measureEnd);
        var after = Sample();
        var total = after.MachineTotal - before.MachineTotal;
        var busy = total <= 0 ? 0 : (double)(after.MachineBusy - before.MachineBusy) / total;
        return new CpuUsage(busy, after.Seconds.ToDictionary(s => s.Key, s => s.Value - before.Seconds.GetValueOrDefault(s.Key)));
    }

    private static Task DelayUntil(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait) : Task.CompletedTask;
    }

    private Snapshot Sample()
    {
        using var self = Process.GetCurrentProcess();
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal) { [LoadGenName] = self.TotalProcessorTime.TotalSeconds };
        foreach (var target in targets)
        {
            var pids = target.Pid is { } pid ? [pid] : PidsNamed(target.Comm!);
            seconds[target.Name] = pids.Sum(ProcessTicks) / ClockTicksPerSecond;
        }

        // cpu  user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var all = fields.Sum();
        return new Snapshot(all - fields[3] - fields[4], all, seconds);
    }

    private static IEnumerable<int> PidsNamed(string comm)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) && ReadOrNull($"{dir}/comm")?.Trim() == comm)
            {
                yield return pid;
            }
        }
    }

    /// <summary>utime + stime, fields 14 and 15 of /proc/pid/stat; 0 when the process is gone.</summary>
    private static long ProcessTicks(int pid)
    {
        var stat = ReadOrNull($"/proc/{pid}/stat");
        if (stat is null)
        {
            return 0;
        }

        // Field 2 is the name in parentheses and may hold spaces: count from the last ')'.
        var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Snapshot(long MachineBusy, long MachineTotal, Dictionary<string, double> Seconds);
}
