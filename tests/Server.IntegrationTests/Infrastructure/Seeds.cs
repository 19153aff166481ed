using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Server.IntegrationTests.Infrastructure;

/// <summary>One request body of a seed page, with the sandbox credentials put in place of its placeholders.</summary>
public sealed record SeedRequest(string File, string ElementKey, string? AuthType, JsonObject Body)
{
    public override string ToString() => $"{File}:{ElementKey}{(AuthType is null ? "" : "/" + AuthType)}";
}

/// <summary>Reads the five Create Instance pages (copied from ../shared/seeds) into request and response bodies.</summary>
public static partial class Seeds
{
    private static readonly SandboxCredentials Credentials = SandboxCredentials.Load();

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IEnumerable<JsonObject> Blocks(string file) =>
        JsonBlock().Matches(File.ReadAllText(Path.Combine(Directory, file)))
            .Select(m => JsonNode.Parse(m.Groups[1].Value, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) as JsonObject)
            .OfType<JsonObject>();

    /// <summary>Request bodies as printed (placeholders and all).</summary>
    public static IEnumerable<(string File, JsonObject Body)> RawRequests() =>
        System.IO.Directory.GetFiles(Directory, "0*.md").Order().SelectMany(path =>
            Blocks(Path.GetFileName(path)).Where(b => b.ContainsKey("configuration") && !b.ContainsKey("id")).Select(b => (Path.GetFileName(path), b)));

    /// <summary>The sample response of a page (the first block with an id and a token).</summary>
    public static JsonObject Response(string file) => Blocks(file).First(b => b.ContainsKey("id") && b.ContainsKey("token"));

    /// <summary>Every usable seed request: element key found, placeholders replaced by sandbox credentials.</summary>
    public static IEnumerable<SeedRequest> Requests()
    {
        foreach (var (file, raw) in RawRequests())
        {
            var body = (JsonObject)raw.DeepClone();
            // The SugarCRM page is corrupted ("your_mom" for "element"); the real key is "element".
            if (body.Remove("your_mom", out var misnamed))
            {
                body["element"] = misnamed;
            }

            var key = body["element"]!["key"]!.GetValue<string>();
            var config = (JsonObject)body["configuration"]!;
            var authType = config["authentication.type"]?.GetValue<string>();
            var creds = Credentials.For(key, key == "netsuitecrmv2" ? authType : null);
            foreach (var (name, value) in config.ToList())
            {
                var text = value?.GetValue<string>();
                if (creds.TryGetValue(name, out var real))
                {
                    config[name] = real;
                }
                else if (text is not null && text.Contains("<INSERT_", StringComparison.Ordinal))
                {
                    config[name] = name.EndsWith("session.key", StringComparison.Ordinal) ? "sandbox.admin@example.com" : "seed-value";
                }
                else if (text is not null && text.Contains("your_mom", StringComparison.Ordinal))
                {
                    config[name] = text.Replace("your_mom", "element", StringComparison.Ordinal);
                }
            }

            foreach (var (name, value) in creds)
            {
                config[name] ??= value;
            }

            body["name"] = $"seed {key} {authType}".Trim();
            body["tags"] = new JsonArray("seed", key);
            yield return new SeedRequest(file, key, authType, body);
        }
    }

    public static SeedRequest For(string elementKey, string? authType = null) =>
        Requests().First(r => r.ElementKey == elementKey && (authType is null || r.AuthType == authType));

    public static async Task<JsonObject> ProvisionAsync(HttpClient client, SeedRequest seed, Action<JsonObject>? change = null)
    {
        var body = (JsonObject)seed.Body.DeepClone();
        change?.Invoke(body);
        using var response = await client.PostAsJsonAsync("instances", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{seed} → {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    [GeneratedRegex("```(?:json|JSON)\\s*\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
