using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenElements.Server.Hubs;

namespace OpenElements.Server.Data.EntityConfigurations;

internal sealed class VendorSessionConfiguration : IEntityTypeConfiguration<VendorSession>
{
    public void Configure(EntityTypeBuilder<VendorSession> builder)
    {
        builder.ToTable("vendor_sessions");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.ProtectedValues).IsRequired();
    }
}
