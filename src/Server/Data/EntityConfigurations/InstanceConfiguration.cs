using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenElements.Server.Instances;
using OpenElements.Server.Organizations;

namespace OpenElements.Server.Data.EntityConfigurations;

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<Instance>
{
    public void Configure(EntityTypeBuilder<Instance> builder)
    {
        builder.ToTable("instances");
        builder.Property(i => i.ElementKey).HasMaxLength(100);
        builder.Property(i => i.AuthType).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.Property(i => i.ExternalAuthentication).HasMaxLength(50);
        builder.Property(i => i.TokenHash).HasMaxLength(32);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.OrganizationId, i.ElementKey });
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.ConfigurationJson).IsRequired();
        builder.HasMany(i => i.Tags).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}


internal sealed class InstanceTagConfiguration : IEntityTypeConfiguration<InstanceTag>
{
    public void Configure(EntityTypeBuilder<InstanceTag> builder)
    {
        builder.ToTable("instance_tags");
        builder.HasKey(t => new { t.InstanceId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(500);
        builder.HasIndex(t => t.Name);
    }
}
