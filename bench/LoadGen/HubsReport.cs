using System.Globalization;
using System.Text;

namespace OpenElements.LoadGen;

/// <summary>
/// The report's "Hubs" section: each hub call through the server against the same vendor request sent
/// straight to the simulator, at the same concurrency, against issue 4's targets. It sits between two
/// markers so that <c>bench/run.sh hubs</c> can rewrite it alone and leave the provisioning sections be.
/// </summary>
public static class HubsReport
{
    public const string Begin = "<!-- hubs:begin (bench/run.sh hubs rewrites this section) -->";
    public const string End = "<!-- hubs:end -->";

    // Issue 4: through-server p50 at most 1.3× direct, throughput at least 0.7× direct.
    private const double TargetP50Ratio = 1.3;
    private const double TargetRateRatio = 0.7;
    private const double DisturbedCores = 0.25;

    private static readonly (string Through, string Direct, string Case)[] Pairs =
    [
        ("hub-get-one", "direct-get-one", "one record"),
        ("hub-list-100", "direct-list-100", "page of 100"),
    ];

    public static bool IsHub(string scenario) => Pairs.Any(p => p.Through == scenario || p.Direct == scenario);

    public static string Section(List<RunResult> results, Dictionary<string, string> f, string? notes)
    {
        string F(string key) => f.GetValueOrDefault(key, "?");
        var md = new StringBuilder();
        md.AppendLine(Begin)
          .AppendLine("## Hubs: through the server vs straight to the simulator").AppendLine()
          .AppendLine("`bash bench/run.sh hubs` measures only this section and rewrites it in place (about 7 minutes); `bash bench/run.sh` measures it after the provisioning sections.").AppendLine()
          .AppendLine($"Measured {F("date")} at commit {F("commit")} with:").AppendLine()
          .AppendLine($"    {F("command")}").AppendLine()
          .AppendLine($"On {F("cpu")} (`nproc` = {F("nproc")}), {F("memory")}, {F("os")}, .NET SDK {F("dotnet")}, PostgreSQL {F("postgres")}; the machine was {F("busy-before")} busy in the 3 s before the run. "
              + $"Each server first gets {F("hub-server-warmup")} s of each hub scenario, unrecorded (JIT); each row is {F("hub-warmup")} s of warm-up, then {F("hub-duration")} s measured.").AppendLine()
          .AppendLine("*through*: `GET /elements/api-v2/hubs/crm/contacts/{id}` (one record) and `GET …/hubs/crm/contacts?pageSize=100` (a page), "
              + "with `User …, Organization …, Element …`, to the server in sandbox mode with `Sandbox__SimulatorUrl` pointing at a standalone simulator process. "
              + $"*direct*: the Oracle request the server's connector sends for it (`crmRestApi/resources/{OracleContacts.Version}/contacts/{{id}}?onlyData=true`, "
              + "`…/contacts?onlyData=true&limit=100&offset=0`; Basic auth, `REST-Framework-Version: 2`, the vendor's Host header), sent by the load generator to that same simulator process. "
              + "Setup fails unless both paths return the same contact (nulls dropped, as the hub does) and the same 100 ids.")
          .AppendLine()
          .AppendLine("A hub call reads the store on every request (the Element token's instance row, whose secrets it then decrypts; only the user/organization pair is cached), so it is measured on both stores. "
              + "The load generator, the server, the simulator and PostgreSQL share the machine's cores.")
          .AppendLine()
          .AppendLine(Invariant($"Target (issue 4): through p50 ≤ {TargetP50Ratio}× direct p50, and through req/s ≥ {TargetRateRatio}× direct req/s, at the same number of workers."))
          .AppendLine()
          .AppendLine("Rows labelled *· vendor N ms* ran against a simulator that holds every data call back N ms (`--response-delay-ms`), as a vendor with real latency does; they pair with the direct rows of the same latency. "
              + "The other rows measure the server against a simulator that answers in microseconds: there the ratios are the server's whole cost against almost nothing.")
          .AppendLine()
          .AppendLine("*p50 added* is through p50 minus direct p50: what the server adds to a call, whatever the vendor's own latency (the simulator answers in well under a millisecond; a real vendor takes tens to hundreds).")
          .AppendLine()
          .AppendLine("| case | store | workers | through p50 ms | through p99 ms | through req/s | direct p50 ms | direct p99 ms | direct req/s | p50 added, ms | p50 through ÷ direct | req/s through ÷ direct | target |")
          .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (through, direct, name) in Pairs)
        {
            // The last row wins when a scenario was measured twice at the same concurrency.
            var directRows = results.Where(r => r.Scenario == direct).GroupBy(r => (r.Concurrency, Latency(r.Label))).ToDictionary(g => g.Key, g => g.Last());
            foreach (var t in results.Where(r => r.Scenario == through))
            {
                if (!directRows.TryGetValue((t.Concurrency, Latency(t.Label)), out var d))
                {
                    md.AppendLine(Invariant($"| {name} | {t.Label} | {t.Concurrency} | {t.P50Ms:F2} | {t.P99Ms:F2} | {t.RequestsPerSecond:N0} | – | – | – | – | – | – | no direct row |"));
                    continue;
                }

                md.AppendLine(Invariant($"| {name} | {t.Label} | {t.Concurrency} | {t.P50Ms:F2} | {t.P99Ms:F2} | {t.RequestsPerSecond:N0}{Mark(t)} | {d.P50Ms:F2} | {d.P99Ms:F2} | {d.RequestsPerSecond:N0}{Mark(d)} | {t.P50Ms - d.P50Ms:F2} | {Ratio(t.P50Ms, d.P50Ms)} | {Ratio(t.RequestsPerSecond, d.RequestsPerSecond)} | {Verdict(t, d)} |"));
            }
        }

        md.AppendLine().AppendLine("⚠: other processes took more than a quarter of a core during the row (its numbers are low). CPU per request, for the same rows:").AppendLine()
          .AppendLine("| store | scenario | workers | req/s | CPU ms/req (sum) | of which | busy | others, cores |")
          .AppendLine("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var r in results.Where(r => IsHub(r.Scenario)))
        {
            var parts = string.Join(", ", r.CpuMsPerRequest.OrderByDescending(c => c.Value).Select(c => Invariant($"{c.Key} {c.Value:F3}")));
            md.AppendLine(Invariant($"| {r.Label} | {r.Scenario} | {r.Concurrency} | {r.RequestsPerSecond:N0} | {r.CpuMsPerRequest.Values.Sum():F3} | {parts} | {r.MachineBusy:P0} | {r.OthersCores:F2} |"));
        }

        var failed = results.Where(r => IsHub(r.Scenario) && r.Errors > 0).ToList();
        if (failed.Count > 0)
        {
            md.AppendLine().AppendLine("**Rows with errors** (first error of each):");
            failed.ForEach(r => md.AppendLine($"- {r.Label} {r.Scenario} × {r.Concurrency}: `{r.FirstError}`"));
        }

        if (notes is not null)
        {
            md.AppendLine().AppendLine(notes.TrimEnd());
        }

        return md.AppendLine().AppendLine(End).ToString();
    }

    /// <summary>
    /// Puts the section in place of the one between the markers; without markers, before the hand-written
    /// notes (the line <paramref name="notesHeading"/>), or at the end.
    /// </summary>
    public static string Splice(string report, string section, string? notesHeading)
    {
        var begin = report.IndexOf(Begin, StringComparison.Ordinal);
        var end = report.IndexOf(End, StringComparison.Ordinal);
        if (begin >= 0 && end > begin)
        {
            var after = end + End.Length;
            after += report.AsSpan(after).StartsWith(Environment.NewLine) ? Environment.NewLine.Length : 0;
            return report[..begin] + section + report[after..];
        }

        var notes = notesHeading is null ? -1 : report.IndexOf(Environment.NewLine + notesHeading + Environment.NewLine, StringComparison.Ordinal);
        return notes >= 0
            ? report[..(notes + Environment.NewLine.Length)] + section + Environment.NewLine + report[(notes + Environment.NewLine.Length)..]
            : report.TrimEnd() + Environment.NewLine + Environment.NewLine + section;
    }

    private static string Verdict(RunResult through, RunResult direct)
    {
        if (through.Errors > 0 || direct.Errors > 0 || through.Requests == 0 || direct.Requests == 0)
        {
            return "**errors**";
        }

        var latency = through.P50Ms <= TargetP50Ratio * direct.P50Ms;
        var rate = through.RequestsPerSecond >= TargetRateRatio * direct.RequestsPerSecond;
        return (latency, rate) switch
        {
            (true, true) => "met",
            (false, false) => "**not met** (p50, req/s)",
            (false, true) => "**not met** (p50)",
            _ => "**not met** (req/s)",
        };
    }

    /// <summary>
    /// The vendor latency a row ran with, from its label's suffix (<c>SQLite · vendor 20 ms</c>, see
    /// bench/run.sh): through and direct rows pair only at the same latency and worker count.
    /// </summary>
    private static string Latency(string label) =>
        label.IndexOf(" · ", StringComparison.Ordinal) is var at and >= 0 ? label[(at + 3)..] : "";

    private static string Mark(RunResult r) => r.OthersCores > DisturbedCores ? " ⚠" : "";

    private static string Ratio(double a, double b) => b > 0 ? Invariant($"{a / b:F2}×") : "–";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
