using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenElements.LoadGen;

/// <summary>
/// <c>loadgen report</c>: writes docs/benchmarks.md from one run's JSON lines and the machine facts
/// bench/run.sh gathered (<c>key=value</c> lines), then appends the hand-written notes verbatim.
/// </summary>
public static class ReportCommand
{
    // The issue's target for provisioning on PostgreSQL on the 2-core machine.
    private const double TargetRate = 1500;
    private const double TargetP99Ms = 20;

    // A row where other processes took more than this many cores is marked: its numbers are low.
    private const double DisturbedCores = 0.25;

    public static int Execute(CommandLine options)
    {
        var results = File.ReadLines(options.Required("results")).Where(l => l.StartsWith('{'))
            .Select(l => JsonSerializer.Deserialize<RunResult>(l, RunResult.Json)!).ToList();
        var facts = File.ReadLines(options.Required("facts")).Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);
        var notes = Read(options.Get("notes"));
        var hubNotes = Read(options.Get("hub-notes"));
        var output = Path.GetFullPath(options.Required("out"));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var hubs = results.Where(r => HubsReport.IsHub(r.Scenario)).ToList();
        switch (options.Get("only"))
        {
            case null:
                break;
            case "hubs":
                // Only the hubs were measured: rewrite their section and keep the provisioning ones.
                var existing = File.Exists(output) ? File.ReadAllText(output) : "# Benchmarks" + Environment.NewLine;
                var heading = notes?.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Length > 0);
                File.WriteAllText(output, HubsReport.Splice(existing, HubsReport.Section(hubs, facts, hubNotes), heading));
                return 0;
            default:
                throw new ArgumentException("--only takes 'hubs'.");
        }

        var general = results.Where(r => !HubsReport.IsHub(r.Scenario)).ToList();
        var md = new StringBuilder();
        Header(md, facts);
        Target(md, general, facts.GetValueOrDefault("target-label", "PostgreSQL"));
        Tables(md, general);
        Ratios(md, general, facts.GetValueOrDefault("direct-label", "simulator"));
        CpuBudget(md, general, int.TryParse(facts.GetValueOrDefault("nproc"), CultureInfo.InvariantCulture, out var n) ? n : 1);
        if (hubs.Count > 0)
        {
            md.Append(HubsReport.Section(hubs, facts, hubNotes));
        }

        if (notes is not null)
        {
            md.AppendLine().Append(notes.TrimEnd()).AppendLine();
        }

        File.WriteAllText(output, md.ToString());
        return 0;
    }

    private static string? Read(string? path) => path is not null && File.Exists(path) ? File.ReadAllText(path) : null;

    private static void Header(StringBuilder md, Dictionary<string, string> f)
    {
        string F(string key) => f.GetValueOrDefault(key, "?");
        md.AppendLine("# Benchmarks").AppendLine()
          .AppendLine("<!-- Written by bench/run.sh (loadgen report): rerun it instead of editing. The analysis at the end is bench/notes.md. -->").AppendLine()
          .AppendLine($"Measured {F("date")} at commit {F("commit")} with:").AppendLine()
          .AppendLine($"    {F("command")}").AppendLine()
          .AppendLine("| machine | |").AppendLine("| --- | --- |")
          .AppendLine($"| CPU | {F("cpu")}, `nproc` = {F("nproc")} |")
          .AppendLine($"| memory | {F("memory")} |")
          .AppendLine($"| OS | {F("os")}, kernel {F("kernel")} |")
          .AppendLine($"| .NET SDK | {F("dotnet")} |")
          .AppendLine($"| PostgreSQL | {F("postgres")} |")
          .AppendLine($"| machine busy in the 3 s before the run | {F("busy-before")} |").AppendLine()
          .AppendLine($"Each row is a closed loop: N workers, each sending its next request as soon as the previous response is read, {F("warmup")} s of warm-up, then {F("duration")} s measured; each server first gets {F("server-warmup")} s of unrecorded provisioning so the JIT has settled.")
          .AppendLine("Latency is what the load generator sees, request sent to body read; percentiles are exact (every latency kept and sorted).")
          .AppendLine($"The load generator, the server (with its in-process vendor simulators) and PostgreSQL share the same {F("nproc")} cores.")
          .AppendLine("CPU ms/req is each process's utime+stime from /proc over the measured window, divided by the successful requests; *busy* is the whole machine's non-idle share from /proc/stat;")
          .AppendLine(Invariant($"*others* is the busy CPU none of the measured processes spent, in cores: other work on a shared machine. A row is measured again (BENCH_RETRIES times at most) when others exceed {DisturbedCores} cores; ⚠ marks one that still did."))
          .AppendLine();
    }

    private static void Target(StringBuilder md, List<RunResult> results, string label)
    {
        var rows = results.Where(r => r.Scenario == "provision" && r.Label == label).ToList();
        md.AppendLine("## Target").AppendLine()
          .AppendLine($"The issue asks for ≥ {TargetRate:N0} provisionings/s on PostgreSQL with p99 ≤ {TargetP99Ms:N0} ms on this 2-core machine.");
        if (rows.Count == 0)
        {
            md.AppendLine().AppendLine($"This run has no provision rows for {label}.").AppendLine();
            return;
        }

        md.AppendLine();
        foreach (var r in rows)
        {
            var met = r.Errors == 0 && r.RequestsPerSecond >= TargetRate && r.P99Ms <= TargetP99Ms;
            md.AppendLine(Invariant($"- {r.Concurrency} workers: {r.RequestsPerSecond:N0}/s, p99 {r.P99Ms:F1} ms, {r.Errors} errors: **{(met ? "met" : "not met")}** ({r.RequestsPerSecond / TargetRate:P0} of the rate)."));
        }

        md.AppendLine();
    }

    private static void Tables(StringBuilder md, List<RunResult> results)
    {
        md.AppendLine("## Results").AppendLine();
        foreach (var group in results.GroupBy(r => r.Label))
        {
            var cpuNames = group.SelectMany(r => r.CpuMsPerRequest.Keys).Distinct().ToList();
            md.AppendLine($"### {group.Key}").AppendLine()
              .AppendLine("| scenario | workers | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |" + string.Concat(cpuNames.Select(n => $" CPU ms/req {n} |")) + " busy | others, cores |")
              .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + string.Concat(cpuNames.Select(_ => " ---: |")) + " ---: | ---: |");
            foreach (var r in group)
            {
                var errors = r.Errors == 0 ? "0" : $"**{r.Errors}** ({string.Join(", ", r.ErrorsByKind.Select(e => $"{e.Key}×{e.Value}"))})";
                md.AppendLine(Invariant($"| {r.Scenario} | {r.Concurrency} | {r.RequestsPerSecond:N0} | {r.P50Ms:F2} | {r.P90Ms:F2} | {r.P99Ms:F2} | {r.MaxMs:F2} | {errors} |")
                    + string.Concat(cpuNames.Select(n => r.CpuMsPerRequest.TryGetValue(n, out var v) ? Invariant($" {v:F3} |") : " |"))
                    + (r.MachineBusy is { } b ? Invariant($" {b:P0} |") : " |")
                    + (r.OthersCores is { } o ? Invariant($" {o:F2}{(o > DisturbedCores ? " ⚠" : "")} |") : " |"));
            }

            var failed = group.Where(r => r.Errors > 0).ToList();
            if (failed.Count > 0)
            {
                md.AppendLine().AppendLine("**This store's run had errors.** First of each row:");
                failed.ForEach(r => md.AppendLine($"- {r.Scenario} × {r.Concurrency}: `{r.FirstError}`"));
            }

            md.AppendLine();
        }
    }

    /// <summary>Provision through the server against the check's own exchange at the same concurrency.</summary>
    private static void Ratios(StringBuilder md, List<RunResult> results, string directLabel)
    {
        var direct = results.Where(r => r.Scenario == "direct-check" && r.Label == directLabel).ToDictionary(r => r.Concurrency);
        var provisions = results.Where(r => r.Scenario == "provision" && direct.ContainsKey(r.Concurrency)).ToList();
        if (provisions.Count == 0)
        {
            return;
        }

        md.AppendLine("## Through the server vs straight to the simulator").AppendLine()
          .AppendLine($"A provisioning makes one vendor exchange (the Oracle version-list GET). *direct* is that exchange alone, sent by the load generator to the {directLabel}; the ratios say how much of a provisioning's cost is the vendor check itself.").AppendLine()
          .AppendLine("| store | workers | provision req/s | direct req/s | direct ÷ provision (rate) | provision p50 ÷ direct p50 | provision p99 ÷ direct p99 |")
          .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var p in provisions)
        {
            var d = direct[p.Concurrency];
            md.AppendLine(Invariant($"| {p.Label} | {p.Concurrency} | {p.RequestsPerSecond:N0} | {d.RequestsPerSecond:N0} | {Ratio(d.RequestsPerSecond, p.RequestsPerSecond)} | {Ratio(p.P50Ms, d.P50Ms)} | {Ratio(p.P99Ms, d.P99Ms)} |"));
        }

        md.AppendLine();
    }

    /// <summary>If the machine is CPU-bound, rate ≈ cores ÷ CPU per request: this shows who spends it.</summary>
    private static void CpuBudget(StringBuilder md, List<RunResult> results, int cores)
    {
        var rows = results.Where(r => r.CpuMsPerRequest.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        md.AppendLine("## CPU per request (this run)").AppendLine()
          .AppendLine(Invariant($"All processes on the machine share {cores} cores = {cores * 1000:N0} ms of CPU per second. *ceiling* is that divided by the CPU the measured processes spent per request: the most this scenario could reach on this machine while every piece costs what it cost here."))
          .AppendLine()
          .AppendLine("| store | scenario | workers | CPU ms/req (sum) | of which | ceiling req/s | measured req/s | busy | others, cores |")
          .AppendLine("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            var sum = r.CpuMsPerRequest.Values.Sum();
            var parts = string.Join(", ", r.CpuMsPerRequest.OrderByDescending(c => c.Value).Select(c => Invariant($"{c.Key} {c.Value:F3}")));
            var ceiling = sum > 0 ? Invariant($"{cores * 1000 / sum:N0}") : "–";
            var others = r.OthersCores is { } o ? Invariant($"{o:F2}") : "–";
            md.AppendLine(Invariant($"| {r.Label} | {r.Scenario} | {r.Concurrency} | {sum:F3} | {parts} | {ceiling} | {r.RequestsPerSecond:N0} | {r.MachineBusy:P0} | {others} |"));
        }

        md.AppendLine();
    }

    private static string Ratio(double a, double b) => b > 0 ? Invariant($"{a / b:F2}×") : "–";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
