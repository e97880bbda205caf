using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Countries;
using Palermo.Data;

namespace Palermo.Reporting;

/// <summary>A cycle as a list shows it: with its questionnaire and how many of the expected States have answered.</summary>
public sealed record CycleSummary(Cycle Cycle, Questionnaire Questionnaire, CompletenessReport Completeness);

/// <summary>One expected State's line in the secretariat's completeness table and exports.</summary>
public sealed record RespondentRow(string Iso3, string Name, string Region, SubmissionState State, DateOnly Deadline, DateTimeOffset? SubmittedAt,
    bool? OnTime, bool Overdue, DateTimeOffset? LastReminder);

/// <summary>
/// What the reporting screens read, beside the use cases: cycles an actor may see, the last reminder per country,
/// extensions, the countries whose answers are published, and the completeness table with names. Each is computed
/// here once, the same way for the API, the pages and the exports.
/// </summary>
public sealed class CycleQueries(PalermoDbContext db, CycleService cycles, PlaceNames places)
{
    /// <summary>The cycles the actor may see (a draft is the secretariat's alone), newest first.</summary>
    public async Task<IReadOnlyList<CycleSummary>> VisibleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var questionnaires = await db.Questionnaires.AsNoTracking().ToDictionaryAsync(q => q.Id, cancellationToken);
        var list = new List<CycleSummary>();
        foreach (var cycle in (await cycles.ListAsync(cancellationToken)).Where(c => actor.Can(ReportingPermission.SeeCycle, c.State)))
            list.Add(new CycleSummary(cycle, questionnaires[cycle.QuestionnaireId], await cycles.CompletenessAsync(cycle, cancellationToken)));
        return list;
    }

    /// <summary>A cycle the actor may see, or null (a missing cycle and a hidden one look the same).</summary>
    public async Task<CycleDetail?> VisibleAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        await cycles.FindAsync(id, cancellationToken) is { } detail && actor.Can(ReportingPermission.SeeCycle, detail.Cycle.State) ? detail : null;

    /// <summary>When each country was last reminded in the cycle.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastRemindersAsync(int cycleId, CancellationToken cancellationToken = default) =>
        (await db.Reminders.AsNoTracking().Where(r => r.CycleId == cycleId).Select(r => new { r.CountryIso3, r.SentAt }).ToListAsync(cancellationToken))
        .GroupBy(r => r.CountryIso3).ToDictionary(g => g.Key, g => g.Max(r => r.SentAt), StringComparer.Ordinal);

    public async Task<IReadOnlyList<DeadlineExtension>> ExtensionsAsync(int cycleId, CancellationToken cancellationToken = default) =>
        await db.DeadlineExtensions.AsNoTracking().Where(e => e.CycleId == cycleId).OrderBy(e => e.CountryIso3).ToListAsync(cancellationToken);

    /// <summary>Other States parties whose answers the actor may read because their country agreed to publication.</summary>
    public async Task<IReadOnlyList<string>> PublishedToAsync(Actor actor, int cycleId, CancellationToken cancellationToken = default)
    {
        var published = await db.Submissions.Where(s => s.CycleId == cycleId && s.IsPublic).Select(s => s.CountryIso3).OrderBy(s => s).ToListAsync(cancellationToken);
        return published.Where(iso3 => ReportingAccess.AccessTo(actor, iso3, published: true) == SubmissionAccess.Published).ToList();
    }

    /// <summary>The secretariat's completeness table: each expected State with its name and region in <paramref name="language"/>.</summary>
    public async Task<IReadOnlyList<RespondentRow>> RespondentRowsAsync(CycleDetail detail, string language, CancellationToken cancellationToken = default)
    {
        var names = await places.InAsync(language, cancellationToken);
        var report = await cycles.CompletenessAsync(detail.Cycle, cancellationToken);
        var reminders = await LastRemindersAsync(detail.Cycle.Id, cancellationToken);
        return report.Countries.Select(c => new RespondentRow(c.Iso3, names.Country(c.Iso3), names.Region(c.RegionM49), c.State, c.Deadline,
            c.SubmittedAt, c.OnTime, c.Overdue, reminders.TryGetValue(c.Iso3, out var at) ? at : null)).ToList();
    }

    /// <summary>
    /// The submissions of a cycle the actor may read: the data scope lets through the actor's own country (all of them for
    /// the secretariat) and the published ones; the reporting rules then keep only what this actor may read.
    /// </summary>
    public async Task<IReadOnlyList<Submission>> ReadableSubmissionsAsync(Actor actor, CycleDetail detail, CancellationToken cancellationToken = default)
    {
        var list = await db.Submissions.AsNoTracking().Where(s => s.CycleId == detail.Cycle.Id).OrderBy(s => s.CountryIso3).ToListAsync(cancellationToken);
        return list.Where(s => actor.Can(ReportingPermission.ReadSubmission, new SubmissionSubject(detail.Cycle.State, s.CountryIso3, s.IsPublic))).ToList();
    }
}
