using System.ComponentModel.DataAnnotations;

namespace OpenElements.Server.Data;

/// <summary>Which store to use. Bound from <c>Database</c>; the connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (embedded default, file under ./data) or <c>Postgres</c> (production).</summary>
    [RegularExpression("^(?i)(sqlite|postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply EF Core migrations at start-up. On by default so a fresh database just works.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
}
