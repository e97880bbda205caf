using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Reporting;

/// <summary>Stored shape of a reporting cycle; a questionnaire in use by a cycle cannot be deleted.</summary>
internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> cycle)
    {
        cycle.Ignore(x => x.Name);
        cycle.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        cycle.HasIndex(x => x.Protocol);
    }
}
