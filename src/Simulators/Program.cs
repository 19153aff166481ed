using OpenElements.Simulators.Hosting;

// Standalone: every vendor simulator on one port. Point a server at it with
// Sandbox__SimulatorUrl=http://127.0.0.1:5090 (or one element with Connectors__ConnectTo__<key>).
var url = args.FirstOrDefault(a => a.StartsWith("--urls=", StringComparison.Ordinal))?["--urls=".Length..]
    ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:5090";
await using var server = await SimulatorServer.StartAsync(url);
Console.WriteLine($"Vendor simulators listening on {server.BaseAddress}");
foreach (var simulator in SimulatorCatalog.All)
{
    Console.WriteLine($"  {simulator.Name,-12} {string.Join(", ", simulator.Hosts)}");
}

Console.WriteLine("Requests are routed by their Host header (send the vendor's host name). Ctrl+C or SIGTERM stops.");
// The host's console lifetime owns Ctrl+C and SIGTERM; waiting on it is what lets both end the process.
await server.WaitForShutdownAsync();
