using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Reporting;

/// <summary>Stored shape of a questionnaire: one row per code and version.</summary>
internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> questionnaire)
    {
        questionnaire.Property(x => x.Code).HasMaxLength(50);
        questionnaire.HasIndex(x => new { x.Code, x.Version }).IsUnique();
    }
}
