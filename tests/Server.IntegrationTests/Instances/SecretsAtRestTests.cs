using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenElements.Server.IntegrationTests.Infrastructure;

namespace OpenElements.Server.IntegrationTests.Instances;

/// <summary>Secrets never show: not in any response, not in the database in clear, not in the logs.</summary>
[Collection(ServerCollection.Name)]
public sealed class SecretsAtRestTests(ServerFactory server)
{
    [Fact]
    public async Task EveryInstanceResponse_ForEverySeed_MasksEverySecret()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var secrets = SeedProvisioningTests.SandboxSecrets();
        var texts = new List<string>();
        foreach (var seed in Seeds.Requests())
        {
            var created = await Seeds.ProvisionAsync(client, seed);
            texts.Add(created.ToJsonString());
            var id = created["id"]!.GetValue<long>();
            var getText = (await Json.GetAsync(client, $"instances/{id}")).Text;
            texts.Add(getText);
            texts.Add((await Json.GetAsync(client, $"elements/{seed.ElementKey}/instances/{id}")).Text);
            var rows = await Json.GetAsync(client, $"instances/{id}/configuration");
            texts.Add(rows.Text);
            foreach (var row in rows.Body!.AsArray())
            {
                texts.Add((await Json.GetAsync(client, $"instances/{id}/configuration/{row!["id"]}")).Text);
            }

            texts.Add((await Json.SendAsync(client, HttpMethod.Patch, $"instances/{id}", new { name = "renamed" })).Text);
            // The whole GET body sent back, as churros does: masked secrets mean "keep".
            var put = await Json.SendAsync(client, HttpMethod.Put, $"instances/{id}", JsonNode.Parse(getText));
            Assert.True(put.Status == 200, $"{seed}: PUT of the GET body → {put.Status} {put.Text}");
            texts.Add(put.Text);
        }

        texts.Add((await Json.GetAsync(client, "instances")).Text);
        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Database_AfterProvisioningEverySeed_HoldsNoSecretAndNoTokenInClear()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var forbidden = await ProvisionEverySeedAsync(client);

        forbidden.Add(ServerFactory.UserSecret);
        forbidden.Add(ServerFactory.OrganizationSecret);
        var dump = await DumpDatabaseAsync();
        Assert.Contains("sandbox.sales.admin", dump, StringComparison.Ordinal); // the dump really holds the data
        foreach (var value in forbidden)
        {
            Assert.DoesNotContain(value, dump, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Logs_AfterProvisioningAndFailures_HoldNoSecretAndNoToken()
    {
        var client = await server.CreateIsolatedTenantAsync();
        var forbidden = await ProvisionEverySeedAsync(client);

        // A refused password must not be logged either.
        var wrong = (JsonObject)Seeds.For("sugarcrmv2").Body.DeepClone();
        wrong["configuration"]!["password"] = "Refused-Password-42";
        forbidden.Add("Refused-Password-42");
        Assert.Equal(400, (await Json.PostAsync(client, "instances", wrong)).Status);

        var logs = server.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        var text = string.Join("\n", logs.Select(l => $"{l.Message} {l.Exception} {string.Join(",", l.StructuredState ?? [])}"));
        foreach (var value in forbidden)
        {
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Provisions every seed; returns the sandbox secrets plus the tokens handed out.</summary>
    private static async Task<HashSet<string>> ProvisionEverySeedAsync(HttpClient client)
    {
        var forbidden = SeedProvisioningTests.SandboxSecrets();
        foreach (var seed in Seeds.Requests())
        {
            forbidden.Add((await Seeds.ProvisionAsync(client, seed))["token"]!.GetValue<string>());
        }

        return forbidden;
    }

    /// <summary>Every value of every table, as text (blobs as their bytes read as UTF-8).</summary>
    private async Task<string> DumpDatabaseAsync()
    {
        await using DbConnection connection = server.Database.IsPostgres
            ? new NpgsqlConnection(server.Database.ConnectionString)
            : new SqliteConnection(server.Database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = server.Database.IsPostgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    dump.Append(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) + Convert.ToBase64String(bytes) : value?.ToString()).Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }
}
