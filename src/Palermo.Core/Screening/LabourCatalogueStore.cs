using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Screening;

/// <summary>
/// Built editions by (catalogue id, version). A stored version never changes, so an edition once built is
/// good for the life of the process, on every node that shares the database.
/// </summary>
public sealed class LabourCatalogueCache
{
    private readonly ConcurrentDictionary<(string Id, int Version), LabourScreeningCatalogue> _built = new();

    public LabourScreeningCatalogue GetOrBuild(LabourCatalogueVersion row) =>
        _built.GetOrAdd((row.CatalogueId, row.Version), _ => LabourScreeningCatalogue.FromJson(row.CatalogueJson, row.TranslationsJson));

    public bool TryGet(string id, int version, out LabourScreeningCatalogue catalogue) =>
        _built.TryGetValue((id, version), out catalogue!);
}

/// <summary>
/// The versioned catalogue in the database: the shipped file is version 1, each secretariat edit adds the next
/// version, and evaluation always uses the newest. Old versions are kept so that saved assessments stay explainable.
/// </summary>
public sealed class LabourCatalogueStore(PalermoDbContext db, LabourCatalogueCache cache, LabourScreeningCatalogue shipped, TimeProvider clock)
{
    /// <summary>The catalogue id the product works with: the shipped file's.</summary>
    public string CatalogueId => shipped.Catalogue.Id;

    /// <summary>Start-up step: stores the shipped file as its own version when this catalogue id has none yet.</summary>
    public async Task EnsureSeededAsync(CancellationToken cancellationToken = default)
    {
        if (await db.LabourCatalogueVersions.AnyAsync(v => v.CatalogueId == CatalogueId, cancellationToken)) return;
        db.LabourCatalogueVersions.Add(new LabourCatalogueVersion
        {
            CatalogueId = CatalogueId,
            Version = shipped.Catalogue.Version,
            CatalogueJson = shipped.CatalogueJson,
            TranslationsJson = shipped.TranslationsJson,
            CreatedAt = clock.GetUtcNow(),
            CreatedByName = "data/screening",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int?> CurrentVersionAsync(CancellationToken cancellationToken = default) =>
        await db.LabourCatalogueVersions.Where(v => v.CatalogueId == CatalogueId).MaxAsync(v => (int?)v.Version, cancellationToken);

    /// <summary>The edition in force; the shipped file when the database holds none (a host that skipped initialization).</summary>
    public async Task<LabourScreeningCatalogue> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var version = await CurrentVersionAsync(cancellationToken);
        if (version is null) return shipped;
        return await GetAsync(version.Value, cancellationToken) ?? shipped;
    }

    public async Task<LabourScreeningCatalogue?> GetAsync(int version, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(CatalogueId, version, out var built)) return built;
        var row = await db.LabourCatalogueVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.CatalogueId == CatalogueId && v.Version == version, cancellationToken);
        return row is null ? null : cache.GetOrBuild(row);
    }

    /// <summary>Every version, newest first, without the (large) JSON bodies.</summary>
    public async Task<IReadOnlyList<LabourCatalogueVersion>> VersionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.LabourCatalogueVersions.AsNoTracking()
            .Where(v => v.CatalogueId == CatalogueId)
            .Select(v => new LabourCatalogueVersion
            {
                CatalogueId = v.CatalogueId, Version = v.Version, CreatedAt = v.CreatedAt, CreatedByUserId = v.CreatedByUserId,
                CreatedByName = v.CreatedByName, Changes = v.Changes, Note = v.Note,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(v => v.Version)];
    }

    /// <summary>
    /// The secretariat administrator's edit of the version in force. Problems (each naming its value) store nothing;
    /// an edit that changes nothing stores nothing either and answers the version in force, not created.
    /// </summary>
    /// <remarks>
    /// A base version other than the one in force, or another edit winning the race, is a
    /// <see cref="ProblemCodes.CatalogueVersionConflict"/> whose <see cref="Problem.Current"/> is the version in force.
    /// <paramref name="actorName"/> is how the edition names its author (the actor carries no display name).
    /// </remarks>
    public async Task<Outcome<CatalogueSaveResult>> SaveAsync(
        Actor actor, LabourCatalogueEdit edit, string? actorName, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ScreeningPermission.EditCatalogue)) return ProblemCodes.Forbidden.With();
        var currentVersion = await CurrentVersionAsync(cancellationToken)
            ?? throw new InvalidOperationException("The catalogue has not been seeded; run the database initializer first.");
        if (edit.BaseVersion is { } expected && expected != currentVersion)
            return Conflict(currentVersion);
        var current = await db.LabourCatalogueVersions.AsNoTracking()
            .FirstAsync(v => v.CatalogueId == CatalogueId && v.Version == currentVersion, cancellationToken);

        var next = currentVersion + 1;
        var outcome = LabourCatalogueEditor.Apply(current.CatalogueJson, current.TranslationsJson, next, edit);
        if (outcome.Problems.Count > 0) return Problem.Invalid([.. outcome.Problems]);
        if (outcome.Changes.Count == 0) return new CatalogueSaveResult(current, Created: false, []);

        var row = new LabourCatalogueVersion
        {
            CatalogueId = CatalogueId,
            Version = next,
            CatalogueJson = outcome.CatalogueJson,
            TranslationsJson = outcome.TranslationsJson,
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = actor.UserId,
            CreatedByName = actorName,
            Changes = string.Join(' ', outcome.Changes),
            Note = string.IsNullOrWhiteSpace(edit.Note) ? null : edit.Note.Trim(),
        };
        db.LabourCatalogueVersions.Add(row);
        // The audit line names what changed (paths), never the texts themselves.
        db.Record("screening-catalogue.edited", nameof(LabourCatalogueVersion), $"{CatalogueId}/{next}",
            details: new { version = next, changes = outcome.Changes });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The key (id, version) is the lock: a concurrent edit took this version number first.
            db.ChangeTracker.Clear();
            return Conflict(await CurrentVersionAsync(cancellationToken) ?? currentVersion);
        }
        return new CatalogueSaveResult(row, Created: true, outcome.Changes);
    }

    private static Problem Conflict(int currentVersion) => ProblemCodes.CatalogueVersionConflict.With(current: currentVersion);
}
