using Microsoft.EntityFrameworkCore;
using Palermo.Screening;

namespace Palermo.Data;

/// <summary>The screening guide's data: catalogue versions and referral contacts.</summary>
public partial class PalermoDbContext
{
    public DbSet<LabourCatalogueVersion> LabourCatalogueVersions => Set<LabourCatalogueVersion>();
    public DbSet<ReferralContact> ReferralContacts => Set<ReferralContact>();

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

        // Public by nature, so no country query filter: everyone reads them; writes are checked by the callers.
        builder.Entity<ReferralContact>(contact =>
        {
            contact.Property(c => c.Id).ValueGeneratedNever();
            contact.Property(c => c.CountryIso3).HasMaxLength(3);
            contact.Property(c => c.Kind).HasMaxLength(40);
            contact.ComplexProperty(c => c.Names);
            contact.ComplexProperty(c => c.Descriptions);
            contact.Property(c => c.Phone).HasMaxLength(40);
            contact.Property(c => c.Url).HasMaxLength(500);
            contact.Property(c => c.Email).HasMaxLength(256);
            contact.HasIndex(c => c.CountryIso3);
            contact.HasOne<Palermo.Countries.Country>().WithMany().HasForeignKey(c => c.CountryIso3);
        });
    }
}
