using Palermo.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Countries;
using Palermo.Knowledge;
using Palermo.Screening;
using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Data;

/// <summary>
/// The one DbContext of Palermo, for SQLite and PostgreSQL alike. Each entity's configuration lives in its feature
/// folder; country scoping for reads is generated here for every <see cref="ICountryScoped"/> entity
/// (<see cref="CountryQueryFilters"/>); the audit chain is written on every save by <see cref="AuditChainInterceptor"/>.
/// </summary>
public class PalermoDbContext(DbContextOptions<PalermoDbContext> options, IDataScope scope, IAuditActor actor)
    : IdentityDbContext<PalermoUser, IdentityRole, string>(options)
{
    internal IDataScope Scope { get; } = scope;
    internal IAuditActor Actor { get; } = actor;
    internal AuditJournal AuditJournal { get; } = new();

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<TreatyParticipation> TreatyParticipations => Set<TreatyParticipation>();
    public DbSet<TreatyStatusEdition> TreatyStatusEditions => Set<TreatyStatusEdition>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<LabourAssessmentRecord> LabourAssessmentRecords => Set<LabourAssessmentRecord>();
    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();
    public DbSet<Cycle> Cycles => Set<Cycle>();
    public DbSet<DeadlineExtension> DeadlineExtensions => Set<DeadlineExtension>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionVersion> SubmissionVersions => Set<SubmissionVersion>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<CaseLaw> CaseLaw => Set<CaseLaw>();
    public DbSet<KnowledgeRevision> KnowledgeRevisions => Set<KnowledgeRevision>();
    public DbSet<KnowledgeAttachment> KnowledgeAttachments => Set<KnowledgeAttachment>();
    public DbSet<LabourCatalogueVersion> LabourCatalogueVersions => Set<LabourCatalogueVersion>();
    public DbSet<ReferralContact> ReferralContacts => Set<ReferralContact>();

    /// <summary>Users the current scope may see: the secretariat sees everyone, others only their own country.</summary>
    public IQueryable<PalermoUser> ScopedUsers =>
        Users.Where(u => Scope.SeesAllCountries || (Scope.CountryIso3 != null && u.CountryIso3 == Scope.CountryIso3));

    /// <summary>Adds an audit event that is not an entity change; written on the next save.</summary>
    public void Record(string action, string entityType, string? entityId, string? countryIso3 = null, object? details = null) =>
        AuditJournal.Record(action, entityType, entityId, countryIso3, details);

    /// <summary>
    /// For bulk loads of reference data (hundreds of countries, treaty rows): while the returned scope is open, saves
    /// record only the explicit events the loader records (one line for the whole load), not one line per row.
    /// </summary>
    public IDisposable AuditAsSummary()
    {
        AuditJournal.SummarizeEntityChanges = true;
        return new SummaryScope(AuditJournal);
    }

    private sealed class SummaryScope(AuditJournal journal) : IDisposable
    {
        public void Dispose() => journal.SummarizeEntityChanges = false;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.ApplyConfigurationsFromAssembly(typeof(PalermoDbContext).Assembly);
        CountryQueryFilters.Apply(builder, this);

        if (Database.IsSqlite()) StoreDateTimeOffsetsSortably(builder);
    }

    /// <summary>
    /// SQLite cannot compare or order DateTimeOffset text; storing UTC ticks keeps time filters
    /// (audit browsing, deadlines) translatable on both engines.
    /// </summary>
    private static void StoreDateTimeOffsetsSortably(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties()
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
    }
}
