using Microsoft.EntityFrameworkCore;
using OpenElements.Server.Hubs;
using OpenElements.Server.Instances;
using OpenElements.Server.Organizations;

namespace OpenElements.Server.Data;

/// <summary>
/// The one context. Each provider has a subclass with its own migrations, because SQLite and
/// PostgreSQL migrations differ in column types.
/// </summary>
/// <remarks>
/// New migration (both providers):
/// <c>dotnet ef migrations add Name -p src/Server -c SqliteAppDbContext -o Data/Migrations/Sqlite</c> and
/// <c>dotnet ef migrations add Name -p src/Server -c PostgresAppDbContext -o Data/Migrations/Postgres</c>.
/// </remarks>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Instance> Instances => Set<Instance>();

    public DbSet<InstanceTag> InstanceTags => Set<InstanceTag>();

    public DbSet<VendorSession> VendorSessions => Set<VendorSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
