using System.Text.Json;
using Palermo.Access;

namespace Palermo.Reporting;

/// <summary>One country's submission in a cycle, found and authorized for one actor.</summary>
public sealed record SubmissionCase(CycleDetail Cycle, string CountryIso3, SubmissionAccess Access)
{
    /// <summary>Another State party reads the country's last submitted answers only, without the secretariat's comments.</summary>
    public bool AsPublished => Access == SubmissionAccess.Published;
}

/// <summary>A submission after a use case changed it, with the case it was changed in.</summary>
public sealed record SubmissionChange(SubmissionCase Case, Submission Submission);

/// <summary>
/// The use cases of a country's submission, each one entry point that finds, authorizes (<see cref="ReportingAccess"/>),
/// validates, acts and audits. The API and the pages call these and only map the outcome.
/// </summary>
public sealed class SubmissionWorkflow(CycleService cycles, SubmissionService submissions)
{
    /// <summary>
    /// Finds the cycle and the country's place in it for an actor who wants <paramref name="permission"/>. Another country's
    /// submission is answered like a missing one (unless that country agreed to publication and the actor may read it);
    /// a role without the right is refused before the cycle is even looked up; a draft cycle exists for the secretariat only.
    /// </summary>
    public async Task<Outcome<SubmissionCase>> OpenAsync(Actor actor, int cycleId, string iso3, ReportingPermission permission,
        CancellationToken cancellationToken = default)
    {
        var country = iso3.ToUpperInvariant();
        var published = ReportingAccess.DependsOnPublication(actor, country) && await submissions.IsPublishedAsync(cycleId, country, cancellationToken);
        if (actor.Decide(permission, new SubmissionSubject(CycleState.Open, country, published)).AsProblem() is { } refused) return refused;
        var detail = await cycles.FindAsync(cycleId, cancellationToken);
        if (detail is null) return ProblemCodes.NotFound.With();
        if (actor.Decide(permission, new SubmissionSubject(detail.Cycle.State, country, published)).AsProblem() is { } hidden) return hidden;
        if (!await cycles.IsRespondentAsync(detail.Cycle, country, cancellationToken)) return ProblemCodes.NotARespondent.With(country);
        return new SubmissionCase(detail, country, ReportingAccess.AccessTo(actor, country, published));
    }

    /// <summary>Replaces the draft answers; <paramref name="token"/> is the version the client last read.</summary>
    public Task<Outcome<SubmissionChange>> SaveDraftAsync(Actor actor, int cycleId, string iso3, ConcurrencyToken token,
        IReadOnlyDictionary<string, JsonElement>? answers, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, cycleId, iso3, ReportingPermission.DraftAnswers, async c =>
        {
            if (answers is null) return ProblemCodes.AnswersRequired.With();
            if (token.Malformed) return ProblemCodes.InvalidConcurrencyToken.With();
            return await submissions.SaveDraftAsync(c.Cycle, c.CountryIso3, token.Version, answers, cancellationToken);
        }, cancellationToken);

    /// <summary>"Start from last cycle's answers": the previous cycle's submitted answers that still fit, as the draft.</summary>
    public Task<Outcome<SubmissionChange>> StartFromPreviousAsync(Actor actor, int cycleId, string iso3, ConcurrencyToken token,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, cycleId, iso3, ReportingPermission.DraftAnswers, async c => token.Malformed
            ? ProblemCodes.InvalidConcurrencyToken.With()
            : await submissions.StartFromPreviousAsync(c.Cycle, c.CountryIso3, token.Version, cancellationToken), cancellationToken);

    public Task<Outcome<SubmissionChange>> SubmitAsync(Actor actor, int cycleId, string iso3, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, cycleId, iso3, ReportingPermission.SubmitAnswers,
            c => submissions.SubmitAsync(c.Cycle, c.CountryIso3, actor.UserId, cancellationToken), cancellationToken);

    public Task<Outcome<SubmissionChange>> AcceptAsync(Actor actor, int cycleId, string iso3, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, cycleId, iso3, ReportingPermission.ReviewSubmission,
            c => submissions.AcceptAsync(c.Cycle, c.CountryIso3, cancellationToken), cancellationToken);

    public Task<Outcome<SubmissionChange>> ReturnAsync(Actor actor, int cycleId, string iso3, IReadOnlyList<ReturnComment> comments,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, cycleId, iso3, ReportingPermission.ReviewSubmission,
            c => submissions.ReturnAsync(c.Cycle, c.CountryIso3, comments, cancellationToken), cancellationToken);

    /// <summary>The country's decision on publication of its submitted answers: its focal point, or the secretariat on its behalf.</summary>
    public Task<Outcome<SubmissionChange>> DecidePublicationAsync(Actor actor, int cycleId, string iso3, bool? consent,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, cycleId, iso3, ReportingPermission.DecidePublication,
            async c => consent is { } given
                ? await submissions.SetPublicationAsync(c.Cycle, c.CountryIso3, given, actor.UserId, cancellationToken)
                : ProblemCodes.PublicationConsentRequired.With(), cancellationToken);

    private async Task<Outcome<SubmissionChange>> ChangeAsync(Actor actor, int cycleId, string iso3, ReportingPermission permission,
        Func<SubmissionCase, Task<Outcome<Submission>>> act, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(actor, cycleId, iso3, permission, cancellationToken);
        if (!opened.Succeeded) return opened.Problem;
        var done = await act(opened.Value);
        return done.Succeeded ? new SubmissionChange(opened.Value, done.Value) : done.Problem;
    }
}
