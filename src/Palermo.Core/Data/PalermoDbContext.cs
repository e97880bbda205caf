using Palermo.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Countries;
using Palermo.Screening;
using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Data;

/// <summary>
/// The one DbContext of Palermo, for SQLite and PostgreSQL alike. Country scoping for reads lives here
/// (query filters on <see cref="ICountryScoped"/>); the audit trail is written from here on every save.
/// </summary>
public partial class PalermoDbContext(DbContextOptions<PalermoDbContext> options, IDataScope scope, IAuditActor actor)
    : IdentityDbContext<PalermoUser, IdentityRole, string>(options)
{
    internal IDataScope Scope { get; } = scope;
    internal IAuditActor Actor { get; } = actor;

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

    /// <summary>Users the current scope may see: the secretariat sees everyone, others only their own country.</summary>
    public IQueryable<PalermoUser> ScopedUsers =>
        Users.Where(u => Scope.SeesAllCountries || (Scope.CountryIso3 != null && u.CountryIso3 == Scope.CountryIso3));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<PalermoUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.CountryIso3).HasMaxLength(3);
            user.Property(u => u.Agency).HasMaxLength(200);
            user.Property(u => u.PreferredLanguage).HasMaxLength(2);
            user.HasIndex(u => u.CountryIso3);
        });

        builder.Entity<Country>(country =>
        {
            country.HasKey(c => c.Iso3);
            country.Property(c => c.Iso3).HasMaxLength(3);
            country.Property(c => c.Iso2).HasMaxLength(2);
            country.Property(c => c.M49).HasMaxLength(3);
            country.Property(c => c.RegionM49).HasMaxLength(3);
            country.Property(c => c.SubRegionM49).HasMaxLength(3);
            country.ComplexProperty(c => c.Names);
        });

        builder.Entity<Region>(region =>
        {
            region.HasKey(r => r.M49);
            region.Property(r => r.M49).HasMaxLength(3);
            region.ComplexProperty(r => r.Names);
        });

        builder.Entity<TreatyParticipation>(p =>
        {
            p.Property(x => x.CountryIso3).HasMaxLength(3);
            p.HasIndex(x => new { x.CountryIso3, x.Protocol }).IsUnique();
            p.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryIso3);
        });

        builder.Entity<TreatyStatusEdition>(e => e.HasIndex(x => x.Protocol));

        builder.Entity<Invitation>(invitation =>
        {
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.Role).HasMaxLength(64);
            invitation.Property(i => i.CountryIso3).HasMaxLength(3);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasQueryFilter(i => Scope.SeesAllCountries || (Scope.CountryIso3 != null && i.CountryIso3 == Scope.CountryIso3));
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.Property(a => a.Id).ValueGeneratedNever();
            audit.Property(a => a.Action).HasMaxLength(100);
            audit.Property(a => a.EntityType).HasMaxLength(100);
            audit.Property(a => a.EntityId).HasMaxLength(100);
            audit.Property(a => a.CountryIso3).HasMaxLength(3);
            audit.Property(a => a.IpAddress).HasMaxLength(64);
            audit.Property(a => a.PreviousHash).HasMaxLength(64);
            audit.Property(a => a.Hash).HasMaxLength(64);
            audit.HasIndex(a => a.OccurredAt);
            audit.HasIndex(a => a.Action);
        });

        ConfigureKnowledge(builder);
        builder.Entity<LabourAssessmentRecord>(record =>
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
            record.HasQueryFilter(r => Scope.SeesAllCountries || (Scope.CountryIso3 != null && r.CountryIso3 == Scope.CountryIso3));
        });
        ConfigureReporting(builder);
        ConfigureScreening(builder);

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
