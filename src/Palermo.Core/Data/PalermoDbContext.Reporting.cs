using Microsoft.EntityFrameworkCore;
using Palermo.Countries;
using Palermo.Reporting;

namespace Palermo.Data;

/// <summary>Model of reporting cycles: questionnaires, cycles, extensions, submissions (country-scoped) and their frozen versions.</summary>
public partial class PalermoDbContext
{
    private void ConfigureReporting(ModelBuilder builder)
    {
        builder.Entity<Questionnaire>(q =>
        {
            q.Property(x => x.Code).HasMaxLength(50);
            q.HasIndex(x => new { x.Code, x.Version }).IsUnique();
        });

        builder.Entity<Cycle>(c =>
        {
            c.Ignore(x => x.Name);
            c.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
            c.HasIndex(x => x.Protocol);
        });

        builder.Entity<DeadlineExtension>(e =>
        {
            e.Property(x => x.CountryIso3).HasMaxLength(3);
            e.HasIndex(x => new { x.CycleId, x.CountryIso3 }).IsUnique();
            e.HasOne<Cycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryIso3);
        });

        builder.Entity<Submission>(s =>
        {
            s.Property(x => x.CountryIso3).HasMaxLength(3);
            s.Property(x => x.Version).IsConcurrencyToken();
            s.HasIndex(x => new { x.CycleId, x.CountryIso3 }).IsUnique();
            s.HasOne<Cycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
            s.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryIso3);
            s.HasQueryFilter(x => Scope.SeesAllCountries || x.IsPublic || (Scope.CountryIso3 != null && x.CountryIso3 == Scope.CountryIso3));
        });

        builder.Entity<SubmissionVersion>(v =>
        {
            v.Property(x => x.CountryIso3).HasMaxLength(3);
            v.HasIndex(x => new { x.SubmissionId, x.Number }).IsUnique();
            v.HasIndex(x => new { x.CycleId, x.CountryIso3 });
            v.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            v.HasQueryFilter(x => Scope.SeesAllCountries || x.IsPublic || (Scope.CountryIso3 != null && x.CountryIso3 == Scope.CountryIso3));
        });

        builder.Entity<Reminder>(r =>
        {
            r.Property(x => x.CountryIso3).HasMaxLength(3);
            r.Property(x => x.Language).HasMaxLength(2);
            r.HasIndex(x => new { x.CycleId, x.CountryIso3 });
            r.HasOne<Cycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
