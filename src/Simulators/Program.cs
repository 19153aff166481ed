using OpenElements.Simulators.Hosting;

// Standalone: every vendor simulator on one port. Point a server at it with
// Sandbox__SimulatorUrl=http://127.0.0.1:5090 (or one element with Connectors__ConnectTo__<key>).
var url = args.FirstOrDefault(a => a.StartsWith("--urls=", StringComparison.Ordinal))?["--urls=".Length..]
    ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5090";
await using var server = await SimulatorServer.StartAsync(url);
Console.WriteLine($"Vendor simulators listening on {server.BaseAddress}");

// A vendor's own latency (--response-delay-ms=N, on every data call of every vendor): the simulators
// answer in microseconds, real vendors in tens to hundreds of milliseconds, and benchmarks want both.
if (args.FirstOrDefault(a => a.StartsWith("--response-delay-ms=", StringComparison.Ordinal)) is { } delayArg)
{
    if (!int.TryParse(delayArg["--response-delay-ms=".Length..], System.Globalization.CultureInfo.InvariantCulture, out var delayMs) || delayMs < 0)
    {
        Console.Error.WriteLine($"{delayArg}: expected a whole number of milliseconds, 0 or more.");
        return 2;
    }

    foreach (var faults in server.AllFaults)
    {
        faults.ResponseDelay = TimeSpan.FromMilliseconds(delayMs);
    }

    Console.WriteLine($"Every vendor data call is held back {delayMs} ms (--response-delay-ms).");
}

foreach (var simulator in SimulatorCatalog.All)
{
    Console.WriteLine($"  {simulator.Name,-12} {string.Join(", ", simulator.Hosts)}");
}

Console.WriteLine("Requests are routed by their Host header (send the vendor's host name). Ctrl+C or SIGTERM stops.");
// The host's console lifetime owns Ctrl+C and SIGTERM; waiting on it is what lets both end the process.
await server.WaitForShutdownAsync();
return 0;
