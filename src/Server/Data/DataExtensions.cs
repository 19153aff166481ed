using Microsoft.EntityFrameworkCore;

namespace OpenElements.Server.Data;

public static class DataExtensions
{
    public static IHostApplicationBuilder AddAppDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("Default");
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty.");
            }

            builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(WithAutoPrepare(connectionString)));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite(builder) : connectionString;
            var gate = new SqliteWriteGate();
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(gate));
        }

        return builder;
    }

    /// <summary>
    /// Npgsql prepares nothing by default, so PostgreSQL parses and plans every statement of every request;
    /// auto-preparing the hot ones halved its CPU per provisioning in bench/ (docs/benchmarks.md). An
    /// explicit <c>Max Auto Prepare</c> in the connection string wins.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    /// <summary>Applies migrations when <see cref="DatabaseOptions.MigrateOnStartup"/> is set.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStartup)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (!options.IsPostgres)
        {
            // WAL lets readers and the single writer overlap; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static string DefaultSqlite(IHostApplicationBuilder builder)
    {
        var dir = DataDirectory.Resolve(builder.Configuration);
        return $"Data Source={Path.Combine(dir, "openelements.db")};Pooling=True";
    }
}

/// <summary>Where local state goes (SQLite file, generated key file, bootstrap secrets): <c>DataDirectory</c>, default ./data.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration configuration)
    {
        var dir = Path.GetFullPath(configuration["DataDirectory"] ?? "data");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
