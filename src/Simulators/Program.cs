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

Console.WriteLine("Requests are routed by their Host header (send the vendor's host name). Ctrl+C stops.");
var done = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => done.TrySetResult();
await done.Task;
