namespace OpenElements.LoadGen;

/// <summary>
/// <c>loadgen wait --url U</c>: polls until U answers 2xx, or any status with <c>--expect any</c> (the
/// simulators answer only their vendors' hosts). It is here because curl is not on a bare Debian.
/// </summary>
public static class Readiness
{
    public static async Task<int> WaitAsync(CommandLine options)
    {
        var url = new Uri(options.Required("url"));
        var anyStatus = options.Get("expect") == "any";
        var deadline = DateTime.UtcNow.AddSeconds(options.Number("timeout", 60));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(url);
                if (anyStatus || response.IsSuccessStatusCode)
                {
                    return 0;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Console.Error.WriteLine($"loadgen: {url} did not answer in time.");
        return 1;
    }

    /// <summary><c>loadgen free-port</c>: a loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        Console.WriteLine(((System.Net.IPEndPoint)listener.LocalEndpoint).Port);
        return 0;
    }
}
