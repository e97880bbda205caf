using Microsoft.EntityFrameworkCore;
using Palermo.Screening;

namespace Palermo.Data;

/// <summary>The screening guide's data: catalogue versions and referral contacts.</summary>
public partial class PalermoDbContext
{
    public DbSet<LabourCatalogueVersion> LabourCatalogueVersions => Set<LabourCatalogueVersion>();

    private static void ConfigureScreening(ModelBuilder builder)
    {
        builder.Entity<LabourCatalogueVersion>(version =>
        {
            // The key is the concurrency guard: two edits of the same version cannot both become version N+1.
            version.HasKey(v => new { v.CatalogueId, v.Version });
            version.Property(v => v.CatalogueId).HasMaxLength(64);
            version.Property(v => v.CreatedByUserId).HasMaxLength(450);
            version.Property(v => v.CreatedByName).HasMaxLength(256);
            version.Property(v => v.Note).HasMaxLength(2000);
        });
    }
}
