using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Screening;

/// <summary>Stored shape of an anonymous screening record; its id comes from the client, so the database never assigns one.</summary>
internal sealed class LabourAssessmentRecordConfiguration : IEntityTypeConfiguration<LabourAssessmentRecord>
{
    public void Configure(EntityTypeBuilder<LabourAssessmentRecord> record)
    {
        record.Property(r => r.Id).ValueGeneratedNever();
        record.Property(r => r.CountryIso3).HasMaxLength(3);
        record.Property(r => r.Sector).HasMaxLength(1);
        record.Property(r => r.Sex).HasMaxLength(16);
        record.Property(r => r.AgeGroup).HasMaxLength(16);
        record.Property(r => r.Outcome).HasMaxLength(64);
        record.Property(r => r.Indicators).HasMaxLength(2000);
        record.Property(r => r.CatalogueId).HasMaxLength(64);
        record.HasIndex(r => new { r.CountryIso3, r.RecordedOn });
    }
}
