using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Countries;
using Palermo.Data;
using Palermo.ReferenceData;

namespace Palermo.TreatyStatus;

/// <summary>What an applied import replaced: the protocol, how many participants, and the date the table speaks for.</summary>
public sealed record TreatyStatusImport(Protocol Protocol, int RowCount, DateOnly AsOf);

public static class TreatyStatusImportProblems
{
    /// <summary>
    /// A rejected table, each bad line named. Lines are not fields, so they travel as the problem's
    /// <see cref="Problem.Current"/> rather than as field errors; <see cref="LinesOf"/> reads them back.
    /// </summary>
    public static Problem Rejected(IReadOnlyList<ImportProblem> lines) => ProblemCodes.ImportRejected.With(current: lines);

    public static IReadOnlyList<ImportProblem> LinesOf(Problem problem) => problem.Current as IReadOnlyList<ImportProblem> ?? [];
}

/// <summary>Loads and replaces treaty status; an import applies all its rows or none.</summary>
public sealed class TreatyStatusService(PalermoDbContext db)
{
    /// <summary>The names participants go by; built once from the files shipped beside the binaries.</summary>
    private static readonly Lazy<ParticipantNames> Names = new(() => new ParticipantNames(
        CountryCatalogFile.Load(ReferenceDataFiles.Countries),
        StatesParties2014Csv.Read(ReferenceDataFiles.StatesParties2014).Select(r => (r.Name, r.Iso3))));

    /// <summary>The one entry point of an import, for the API, the page and the CLI (which acts as <see cref="Actor.System"/>).</summary>
    public async Task<Outcome<TreatyStatusImport>> ImportUntcTableAsync(
        Actor actor, Protocol protocol, string text, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(TreatyStatusPermission.Import)) return ProblemCodes.Forbidden.With();
        var parsed = UntcStatusTable.Parse(text, Names.Value);
        if (!parsed.IsValid) return TreatyStatusImportProblems.Rejected(parsed.Problems);

        var known = await db.Countries.Select(c => c.Iso3).ToListAsync(cancellationToken);
        var missing = parsed.Rows.Where(r => !known.Contains(r.Iso3)).Select(r => new ImportProblem(r.Line, "unknown-participant", r.Participant)).ToList();
        if (missing.Count > 0) return TreatyStatusImportProblems.Rejected(missing);

        // The Collection's table lists every participant, so it replaces the protocol's status as a whole.
        db.TreatyParticipations.RemoveRange(await db.TreatyParticipations.Where(p => p.Protocol == protocol).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.TreatyParticipations.AddRange(parsed.Rows.Select(r => new TreatyParticipation
        {
            CountryIso3 = r.Iso3, Protocol = protocol, SignatureDate = r.Signature, ConsentDate = r.Consent, ConsentAction = r.Action,
        }));
        db.TreatyStatusEditions.Add(new TreatyStatusEdition
        {
            Protocol = protocol, AsOf = asOf, Source = "UN Treaty Collection status table (import)", ImportedByUserId = actor.UserId,
        });
        db.Record("treaty-status.imported", nameof(TreatyStatusEdition), protocol.ToString(), details: new { rows = parsed.Rows.Count, asOf });
        await db.SaveChangesAsync(cancellationToken);
        return new TreatyStatusImport(protocol, parsed.Rows.Count, asOf);
    }

    /// <summary>The edition in force per protocol: the latest import, shown beside any status.</summary>
    public async Task<Dictionary<Protocol, TreatyStatusEdition>> CurrentEditionsAsync(CancellationToken cancellationToken = default)
    {
        var editions = await db.TreatyStatusEditions.AsNoTracking().ToListAsync(cancellationToken);
        return editions.GroupBy(e => e.Protocol)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Id).First());
    }
}
