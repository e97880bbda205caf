using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;

namespace Palermo.Reporting;

/// <summary>
/// A country's side of a cycle: draft answers (with the concurrency token), submit, and the secretariat's accept or
/// return. Callers check who may act on which country; reads here go through the country-scoped query filter.
/// </summary>
public sealed class SubmissionService(PalermoDbContext db, TimeProvider clock)
{
    /// <summary>The country's submission, or an unsaved not-started one (version 0) when nobody has saved yet.</summary>
    public async Task<Submission> GetAsync(int cycleId, string iso3, CancellationToken cancellationToken = default) =>
        await db.Submissions.FirstOrDefaultAsync(s => s.CycleId == cycleId && s.CountryIso3 == iso3, cancellationToken)
        ?? new Submission { CycleId = cycleId, CountryIso3 = iso3, State = SubmissionState.NotStarted, Version = 0 };

    public async Task<IReadOnlyList<SubmissionVersion>> VersionsAsync(int submissionId, CancellationToken cancellationToken = default) =>
        submissionId == 0 ? [] :
        await db.SubmissionVersions.AsNoTracking().Where(v => v.SubmissionId == submissionId).OrderBy(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>
    /// Replaces the draft answers. <paramref name="expectedVersion"/> must be the version the client last read; a stale one
    /// is refused with the current submission, and a bad answer refuses the whole save.
    /// </summary>
    public async Task<Outcome<Submission>> SaveDraftAsync(CycleDetail cycle, string iso3, int? expectedVersion,
        IReadOnlyDictionary<string, JsonElement> answers, CancellationToken cancellationToken = default)
    {
        if (cycle.Cycle.State != CycleState.Open) return ProblemCodes.CycleNotOpen.With();
        var problems = AnswerValidator.Validate(cycle.Definition, answers);
        if (problems.Count > 0) return AnswerProblems.Refuse(problems);

        var submission = await GetAsync(cycle.Cycle.Id, iso3, cancellationToken);
        if (expectedVersion is null && submission.Version > 0) return ProblemCodes.ConcurrencyTokenRequired.With(current: submission);
        if (expectedVersion is { } expected && expected != submission.Version) return ProblemCodes.ConcurrencyConflict.With(current: submission);
        var kept = answers.Where(a => a.Value.ValueKind != JsonValueKind.Null).ToDictionary(a => a.Key, a => a.Value.Clone(), StringComparer.Ordinal);
        if (submission.SaveDraft(QuestionnaireJson.WriteAnswers(kept), clock.GetUtcNow()) is { } locked) return locked;
        if (submission.Id == 0) db.Submissions.Add(submission);
        return await SaveAsync(submission, cancellationToken);
    }

    /// <summary>The country's latest submitted answers in the previous cycle of the same protocol, if any.</summary>
    public async Task<(Cycle Cycle, SubmissionVersion Version)?> PreviousCycleAnswersAsync(Cycle cycle, string iso3, CancellationToken cancellationToken = default)
    {
        var previous = await db.Cycles.AsNoTracking()
            .Where(c => c.Protocol == cycle.Protocol && c.OpensOn < cycle.OpensOn)
            .OrderByDescending(c => c.OpensOn).FirstOrDefaultAsync(cancellationToken);
        if (previous is null) return null;
        var last = await db.SubmissionVersions.AsNoTracking().Where(v => v.CycleId == previous.Id && v.CountryIso3 == iso3)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : (previous, last);
    }

    /// <summary>"Start from last cycle's answers": the country's latest submitted answers in the previous cycle of the protocol, for questions still asked.</summary>
    public async Task<Outcome<Submission>> StartFromPreviousAsync(CycleDetail cycle, string iso3, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (cycle.Cycle.State != CycleState.Open) return ProblemCodes.CycleNotOpen.With();
        var previous = await db.Cycles.AsNoTracking()
            .Where(c => c.Protocol == cycle.Cycle.Protocol && c.OpensOn < cycle.Cycle.OpensOn)
            .OrderByDescending(c => c.OpensOn).FirstOrDefaultAsync(cancellationToken);
        if (previous is null) return ProblemCodes.NoPreviousCycle.With();
        var last = await db.SubmissionVersions.AsNoTracking().Where(v => v.CycleId == previous.Id && v.CountryIso3 == iso3)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (last is null) return ProblemCodes.NoPreviousAnswers.With();

        // Only answers that are still valid for this version of the questionnaire are carried over.
        var carried = QuestionnaireJson.ParseAnswers(last.Answers)
            .Where(a => AnswerValidator.Validate(cycle.Definition, new Dictionary<string, JsonElement> { [a.Key] = a.Value }).Count == 0)
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return await SaveDraftAsync(cycle, iso3, expectedVersion, carried, cancellationToken);
    }

    public async Task<Outcome<Submission>> SubmitAsync(CycleDetail cycle, string iso3, string? userId, CancellationToken cancellationToken = default)
    {
        if (cycle.Cycle.State != CycleState.Open) return ProblemCodes.CycleNotOpen.With();
        var submission = await GetAsync(cycle.Cycle.Id, iso3, cancellationToken);
        var number = submission.Id == 0 ? 1 : await db.SubmissionVersions.CountAsync(v => v.SubmissionId == submission.Id, cancellationToken) + 1;
        var submitted = submission.Submit(cycle.Definition, number, clock.GetUtcNow(), userId);
        if (!submitted.Succeeded) return submitted.Problem;
        db.SubmissionVersions.Add(submitted.Value);
        return await SaveAsync(submission, cancellationToken);
    }

    public async Task<Outcome<Submission>> AcceptAsync(CycleDetail cycle, string iso3, CancellationToken cancellationToken = default)
    {
        var submission = await GetAsync(cycle.Cycle.Id, iso3, cancellationToken);
        if (submission.Accept(clock.GetUtcNow()) is { } refused) return refused;
        return await SaveAsync(submission, cancellationToken);
    }

    public async Task<Outcome<Submission>> ReturnAsync(CycleDetail cycle, string iso3, IReadOnlyList<ReturnComment> comments, CancellationToken cancellationToken = default)
    {
        // A JSON list may carry null items or items without a question (`"comments":[null]`): refused by their place.
        var empty = comments.Select((c, i) => (c, i)).Where(x => x.c is null || string.IsNullOrWhiteSpace(x.c.Question) || x.c.Comment is null)
            .Select(x => new AnswerProblem(string.Create(CultureInfo.InvariantCulture, $"comments[{x.i}]"), "missing-item", "")).ToList();
        if (empty.Count > 0) return AnswerProblems.Refuse(empty);
        var unknown = comments.Where(c => cycle.Definition.Find(c.Question) is null).Select(c => new AnswerProblem(c.Question, "unknown-question", c.Comment)).ToList();
        if (comments.Count == 0) unknown.Add(new AnswerProblem("comments", "comments-required", ""));
        if (unknown.Count > 0) return AnswerProblems.Refuse(unknown);
        var submission = await GetAsync(cycle.Cycle.Id, iso3, cancellationToken);
        if (submission.Return(comments, clock.GetUtcNow()) is { } refused) return refused;
        return await SaveAsync(submission, cancellationToken);
    }

    /// <summary>
    /// Records whether the country agrees to publication of its submitted answers in this cycle. The frozen versions follow,
    /// so the query filter shows or hides them together. Not an answer change: the concurrency token stays as it is.
    /// </summary>
    public async Task<Outcome<Submission>> SetPublicationAsync(CycleDetail cycle, string iso3, bool consent, string? userId,
        CancellationToken cancellationToken = default)
    {
        if (cycle.Cycle.State == CycleState.Draft) return ProblemCodes.CycleNotOpen.With();
        for (var attempt = 0; ; attempt++)
        {
            var submission = await GetAsync(cycle.Cycle.Id, iso3, cancellationToken);
            if (submission.Id == 0) db.Submissions.Add(submission);
            var versions = submission.Id == 0 ? [] : await db.SubmissionVersions.Where(v => v.SubmissionId == submission.Id).ToListAsync(cancellationToken);
            submission.DecidePublication(consent, clock.GetUtcNow(), userId, versions);
            db.Record("reporting.publication-consent", nameof(Submission), $"{cycle.Cycle.Id}/{iso3}", iso3, new { consent });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Outcome<Submission>.Ok(submission);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // An answer was saved at the same moment (the row's token moved): read it again and record the decision on it.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Whether the country agreed to publication of its answers in the cycle.</summary>
    public Task<bool> IsPublishedAsync(int cycleId, string iso3, CancellationToken cancellationToken = default) =>
        db.Submissions.IgnoreQueryFilters().AnyAsync(s => s.CycleId == cycleId && s.CountryIso3 == iso3 && s.IsPublic, cancellationToken);

    /// <summary>What others may read of a published submission: the answers last submitted (never the working draft).</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> PublishedAnswersAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        if (submission.Id == 0 || !submission.IsPublic) return new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var last = await db.SubmissionVersions.AsNoTracking().Where(v => v.SubmissionId == submission.Id && v.IsPublic)
            .OrderByDescending(v => v.Number).Select(v => v.Answers).FirstOrDefaultAsync(cancellationToken);
        return last is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : QuestionnaireJson.ParseAnswers(last);
    }

    public static IReadOnlyList<ReturnComment> CommentsOf(Submission submission) =>
        submission.ReturnComments is null ? [] : JsonSerializer.Deserialize<List<ReturnComment>>(submission.ReturnComments, QuestionnaireJson.Options) ?? [];

    /// <summary>Saves a change that moved the token; a concurrent save that got there first (same token) makes this one a conflict.</summary>
    private async Task<Outcome<Submission>> SaveAsync(Submission submission, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Submission>.Ok(submission);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await GetAsync(submission.CycleId, submission.CountryIso3, cancellationToken);
            return ProblemCodes.ConcurrencyConflict.With(current: current);
        }
    }
}
