using OpenElements.LoadGen;

// Closed-loop load for OpenElements: `run` measures one scenario, `wait` polls for readiness and
// `report` turns a run's JSON lines into docs/benchmarks.md. bench/run.sh drives them; Usage lists the flags.
try
{
    var args0 = args.Length > 0 ? args[0] : "";
    var options = CommandLine.Parse(args.Skip(1));
    return args0 switch
    {
        "run" => await RunCommand.ExecuteAsync(options),
        "wait" => await Readiness.WaitAsync(options),
        "free-port" => Readiness.FreePort(),
        "report" => ReportCommand.Execute(options),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"loadgen: {e.Message}");
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          loadgen run --scenario provision|get|direct-check|hub-get-one|hub-list-100|direct-get-one|direct-list-100
                      --url BASE [--auth 'User u, Organization o'] [--simulator-url SIM (hub-*)]
                      [--concurrency 8] [--warmup 5] [--duration 20] [--label NAME] [--setup-instances 200]
                      [--cpu NAME=PID | NAME=comm:PROCESSNAME]... [--out results.jsonl]
                      [--retry-if-others-above CORES --retries N]
          loadgen wait --url URL [--timeout 60] [--expect any]
          loadgen free-port
          loadgen report --results results.jsonl --facts facts.txt [--notes notes.md] [--hub-notes notes-hubs.md]
                         [--only hubs] --out docs/benchmarks.md
        """);
    return 2;
}
