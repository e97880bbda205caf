using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Screening;

/// <summary>Stored shape of a labour-catalogue edition.</summary>
internal sealed class LabourCatalogueVersionConfiguration : IEntityTypeConfiguration<LabourCatalogueVersion>
{
    public void Configure(EntityTypeBuilder<LabourCatalogueVersion> version)
    {
        // The key is the concurrency guard: two edits of the same version cannot both become version N+1.
        version.HasKey(v => new { v.CatalogueId, v.Version });
        version.Property(v => v.CatalogueId).HasMaxLength(64);
        version.Property(v => v.CreatedByUserId).HasMaxLength(450);
        version.Property(v => v.CreatedByName).HasMaxLength(256);
        version.Property(v => v.Note).HasMaxLength(2000);
    }
}
