using System.Text.Json.Nodes;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Hubs;

/// <summary>A provisioned instance and a client that sends its Element token.</summary>
public sealed record HubClient(HttpClient Http, long InstanceId, string Token, HttpClient Tenant)
{
    public static async Task<HubClient> ProvisionAsync(ServerFactory server, string elementKey, string? authType = null, Action<JsonObject>? change = null)
    {
        var tenant = await server.CreateIsolatedTenantAsync();
        var created = await Seeds.ProvisionAsync(tenant, Seeds.For(elementKey, authType), change);
        var token = created["token"]!.GetValue<string>();
        var http = server.CreateClient();
        http.BaseAddress = tenant.BaseAddress;
        var header = tenant.DefaultRequestHeaders.GetValues("Authorization").Single();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"{header}, Element {token}");
        return new HubClient(http, created["id"]!.GetValue<long>(), token, tenant);
    }

    /// <summary>GET with the response headers, for paging assertions.</summary>
    public async Task<(int Status, JsonNode? Body, string Text, HttpResponseMessage Response)> GetWithHeadersAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null, text, response);
    }

    /// <summary>Walks every page with nextPage tokens; returns the ids in order.</summary>
    public async Task<List<string>> WalkAsync(string objectPath, int pageSize, string idField, string? where = null)
    {
        var ids = new List<string>();
        string? token = null;
        var baseUrl = $"hubs/crm/{objectPath}?pageSize={pageSize}" + (where is null ? "" : "&where=" + Uri.EscapeDataString(where));
        for (var guard = 0; guard < 10_000; guard++)
        {
            var (status, body, text, response) = await GetWithHeadersAsync(baseUrl + (token is null ? "" : "&nextPage=" + Uri.EscapeDataString(token)));
            Assert.True(status == 200, text);
            ids.AddRange(body!.AsArray().Select(r => r![idField]!.ToString()));
            token = response.Headers.TryGetValues("Elements-Next-Page-Token", out var values) ? values.Single() : null;
            if (token is null)
            {
                return ids;
            }
        }

        throw new InvalidOperationException("Paging did not end.");
    }
}
