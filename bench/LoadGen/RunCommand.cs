using System.Net;

namespace OpenElements.LoadGen;

/// <summary><c>loadgen run</c>: set up, warm up, measure, print a JSON line and a human line.</summary>
public static class RunCommand
{
    public static async Task<int> ExecuteAsync(CommandLine options)
    {
        var scenarioName = options.Required("scenario");
        var baseUrl = BaseUrl(options.Required("url"));
        var concurrency = (int)options.Number("concurrency", 8);
        var warmup = options.Number("warmup", 5);
        var duration = options.Number("duration", 20);
        var label = options.Get("label") ?? baseUrl.Authority;
        var targets = options.All("cpu").Select(CpuTarget.Parse).ToList();
        if (concurrency < 1 || duration <= 0)
        {
            throw new ArgumentException("--concurrency must be ≥ 1 and --duration > 0.");
        }

        // On a shared machine another job can take a core mid-row; such a row is measured again.
        var othersLimit = options.Number("retry-if-others-above", double.PositiveInfinity);
        var retries = (int)options.Number("retries", 0);

        using var http = CreateClient();
        var simulatorUrl = options.Get("simulator-url") is { } sim ? BaseUrl(sim) : null;
        var scenario = Scenarios.Create(scenarioName, baseUrl, options.Get("auth"), simulatorUrl, (int)options.Number("setup-instances", 200));
        await scenario.SetupAsync(http, CancellationToken.None);
        var loop = new ClosedLoop(http, scenario, concurrency);
        RunResult result;
        for (var attempt = 1; ; attempt++)
        {
            var measurement = await loop.RunAsync(TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(duration), new CpuMeter(targets));
            result = RunResult.From(scenarioName, label, concurrency, warmup, measurement, attempt);
            if (attempt > retries || result.OthersCores is not { } others || others <= othersLimit)
            {
                break;
            }

            Console.Error.WriteLine($"loadgen: other processes took {others:F2} cores during {scenarioName} × {concurrency}; measuring again.");
        }

        var line = result.ToJsonLine();
        Console.WriteLine(line);
        Console.WriteLine(result.ToHumanLine());
        if (options.Get("out") is { } path)
        {
            await File.AppendAllTextAsync(path, line + Environment.NewLine);
        }

        // A run with errors still reports, but the exit code says it was not clean.
        return result.Errors == 0 && result.Requests > 0 ? 0 : 1;
    }

    /// <summary>One connection per worker, kept for the whole run: the measured cost is requests, not handshakes.</summary>
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            MaxConnectionsPerServer = int.MaxValue,
            UseCookies = false,
            // Same Accept-Encoding as the server's vendor client, so direct-check is the same exchange.
            AutomaticDecompression = DecompressionMethods.All,
        })
        { Timeout = TimeSpan.FromSeconds(30) };

    private static Uri BaseUrl(string text) => new(text.EndsWith('/') ? text : text + "/");
}
