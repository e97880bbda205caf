using Microsoft.EntityFrameworkCore;
using Palermo.Countries;
using Palermo.Data;
using Palermo.TreatyStatus;

namespace Palermo.Reporting;

/// <summary>A cycle with its questionnaire, as the services and the API use it.</summary>
public sealed record CycleDetail(Cycle Cycle, Questionnaire Questionnaire, QuestionnaireDefinition Definition);

/// <summary>The secretariat's side of reporting cycles: create, open (all six languages complete), close, extend, and the aggregates.</summary>
public sealed class CycleService(PalermoDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Cycle>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Cycles.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenBy(c => c.Protocol).ToListAsync(cancellationToken);

    public async Task<CycleDetail?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is null) return null;
        var questionnaire = await db.Questionnaires.AsNoTracking().FirstAsync(q => q.Id == cycle.QuestionnaireId, cancellationToken);
        return new CycleDetail(cycle, questionnaire, ParsedQuestionnaires.Get(questionnaire));
    }

    public async Task<Outcome<Cycle>> CreateAsync(Protocol protocol, int? questionnaireId, DateOnly opensOn, DateOnly deadline,
        CancellationToken cancellationToken = default)
    {
        if (deadline < opensOn) return ProblemCodes.DeadlineBeforeOpening.With();
        var questionnaire = questionnaireId is { } id
            ? await db.Questionnaires.FirstOrDefaultAsync(q => q.Id == id && q.Protocol == protocol, cancellationToken)
            : await db.Questionnaires.Where(q => q.Protocol == protocol).OrderByDescending(q => q.Version).FirstOrDefaultAsync(cancellationToken);
        if (questionnaire is null) return ProblemCodes.UnknownQuestionnaire.With();
        var cycle = new Cycle
        {
            Protocol = protocol, QuestionnaireId = questionnaire.Id, OpensOn = opensOn, Deadline = deadline,
            State = CycleState.Draft, CreatedAt = clock.GetUtcNow(),
        };
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Cycle>.Ok(cycle);
    }

    /// <summary>Draft → open → closed → archived, one step at a time; opening needs every language complete.</summary>
    public async Task<Outcome<Cycle>> MoveAsync(int id, CycleState to, CancellationToken cancellationToken = default)
    {
        var detail = await FindAsync(id, cancellationToken);
        if (detail is null) return ProblemCodes.NotFound.With();
        var cycle = detail.Cycle;
        var incomplete = to == CycleState.Open ? LanguageCompleteness.IncompleteLanguages(detail.Definition) : [];
        if (cycle.MoveTo(to, incomplete) is { } refused) return refused;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Cycle>.Ok(cycle);
    }

    public async Task<Outcome<DeadlineExtension>> ExtendAsync(int id, string iso3, DateOnly deadline, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is null) return ProblemCodes.NotFound.With();
        if (!await db.Countries.AnyAsync(c => c.Iso3 == iso3, cancellationToken)) return ProblemCodes.NotFound.With(iso3);
        if (deadline <= cycle.Deadline) return ProblemCodes.ExtensionNotLater.With();
        var extension = await db.DeadlineExtensions.FirstOrDefaultAsync(e => e.CycleId == id && e.CountryIso3 == iso3, cancellationToken);
        if (extension is null) db.DeadlineExtensions.Add(extension = new DeadlineExtension { CycleId = id, CountryIso3 = iso3 });
        extension.Deadline = deadline;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<DeadlineExtension>.Ok(extension);
    }

    /// <summary>States parties on the opening date (expected) and those that became parties since (listed apart).</summary>
    public async Task<(IReadOnlyList<ExpectedRespondent> Expected, IReadOnlyList<string> LateJoiners)> RespondentsAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var parties = await db.TreatyParticipations.AsNoTracking()
            .Where(p => p.Protocol == cycle.Protocol).Where(TreatyParticipation.Party)
            .Join(db.Countries.AsNoTracking().Where(c => !c.IsRegionalOrganization), p => p.CountryIso3, c => c.Iso3,
                (p, c) => new { Participation = p, c.RegionM49 })
            .ToListAsync(cancellationToken);
        var expected = parties.Where(p => p.Participation.WasPartyOn(cycle.OpensOn))
            .Select(p => new ExpectedRespondent(p.Participation.CountryIso3, p.RegionM49)).ToList();
        var late = parties.Where(p => !p.Participation.WasPartyOn(cycle.OpensOn)).Select(p => p.Participation.CountryIso3).ToList();
        return (expected, late);
    }

    public async Task<bool> IsRespondentAsync(Cycle cycle, string iso3, CancellationToken cancellationToken = default) =>
        await db.TreatyParticipations.Where(p => p.Protocol == cycle.Protocol && p.CountryIso3 == iso3).AnyAsync(TreatyParticipation.Party, cancellationToken);

    public async Task<DateOnly> DeadlineForAsync(Cycle cycle, string iso3, CancellationToken cancellationToken = default) =>
        await db.DeadlineExtensions.Where(e => e.CycleId == cycle.Id && e.CountryIso3 == iso3).Select(e => (DateOnly?)e.Deadline)
            .FirstOrDefaultAsync(cancellationToken) ?? cycle.Deadline;

    /// <summary>Aggregates read every country's status: the one deliberate exception to country scoping (counts only, no answers).</summary>
    public async Task<CompletenessReport> CompletenessAsync(Cycle cycle, CancellationToken cancellationToken = default)
    {
        var (expected, late) = await RespondentsAsync(cycle, cancellationToken);
        var extensions = await db.DeadlineExtensions.AsNoTracking().Where(e => e.CycleId == cycle.Id)
            .ToDictionaryAsync(e => e.CountryIso3, e => e.Deadline, cancellationToken);
        var statuses = await db.Submissions.IgnoreQueryFilters().AsNoTracking().Where(s => s.CycleId == cycle.Id)
            .Select(s => new { s.CountryIso3, s.State, s.FirstSubmittedAt }).ToListAsync(cancellationToken);
        var byCountry = statuses.Select(s => new SubmissionStatus(s.CountryIso3, s.State, s.FirstSubmittedAt, extensions.GetValueOrDefault(s.CountryIso3)))
            .Concat(extensions.Where(e => statuses.All(s => s.CountryIso3 != e.Key)).Select(e => new SubmissionStatus(e.Key, SubmissionState.NotStarted, null, e.Value)))
            .ToList();
        return CompletenessEngine.Compute(cycle.Protocol, cycle.Deadline, expected, late, byCountry, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>How many earlier cycles of the protocol the analysis puts beside the current one.</summary>
    public const int EarlierCyclesCompared = 3;

    /// <summary>
    /// Analysis over the latest submitted version of every State that answered (aggregates only leave this method),
    /// compared with up to <see cref="EarlierCyclesCompared"/> earlier cycles of the same protocol (not drafts).
    /// </summary>
    public async Task<AnalysisReport> AnalysisAsync(CycleDetail detail, string language, string? region, CancellationToken cancellationToken = default)
    {
        var regions = await db.Countries.AsNoTracking().Select(c => new { c.Iso3, c.RegionM49 }).ToDictionaryAsync(c => c.Iso3, c => c.RegionM49, cancellationToken);
        var respondents = await AnsweredAsync(detail.Cycle.Id, regions, cancellationToken);
        var cycle = detail.Cycle;
        var earlierCycles = await db.Cycles.AsNoTracking()
            .Where(c => c.Protocol == cycle.Protocol && c.OpensOn < cycle.OpensOn && c.State != CycleState.Draft)
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Take(EarlierCyclesCompared).ToListAsync(cancellationToken);
        var earlier = new List<EarlierCycleAnswers>(earlierCycles.Count);
        if (earlierCycles.Count > 0)
        {
            var ids = earlierCycles.Select(c => c.QuestionnaireId).Distinct().ToList();
            var definitions = (await db.Questionnaires.AsNoTracking().Where(q => ids.Contains(q.Id)).ToListAsync(cancellationToken))
                .ToDictionary(q => q.Id, ParsedQuestionnaires.Get);
            foreach (var c in earlierCycles)
                earlier.Add(new EarlierCycleAnswers(c.Id, c.Name, c.OpensOn, definitions[c.QuestionnaireId], await AnsweredAsync(c.Id, regions, cancellationToken)));
        }
        return AnalysisEngine.Analyse(detail.Definition, respondents, language, region, earlier);
    }

    /// <summary>The latest submitted answers of every State that has answered a cycle.</summary>
    private async Task<List<RespondentAnswers>> AnsweredAsync(int cycleId, Dictionary<string, string?> regions, CancellationToken cancellationToken)
    {
        var answered = await db.Submissions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.CycleId == cycleId && (s.State == SubmissionState.Submitted || s.State == SubmissionState.Returned || s.State == SubmissionState.Accepted))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var versions = await db.SubmissionVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.CycleId == cycleId && answered.Contains(v.SubmissionId))
            .Select(v => new { v.SubmissionId, v.CountryIso3, v.Number, v.Answers }).ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.SubmissionId).Select(g => g.OrderByDescending(v => v.Number).First())
            .Select(v => new RespondentAnswers(v.CountryIso3, regions.GetValueOrDefault(v.CountryIso3), QuestionnaireJson.ParseAnswers(v.Answers)))
            .ToList();
    }
}
