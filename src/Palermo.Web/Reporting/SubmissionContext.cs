using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Reporting;
using Palermo.Web.Api;

namespace Palermo.Web.Reporting;

/// <summary>How the submission routes answer: the view of a submission, and a Core outcome turned into a response.</summary>
public sealed class SubmissionContext(CycleService cycles, SubmissionService submissions, Problems problems)
{
    public Problems Problems => problems;

    /// <param name="asPublished">For another country's reader: the last submitted answers only, without the secretariat's comments.</param>
    public async Task<SubmissionView> ViewAsync(CycleDetail detail, string iso3, Submission? known = null, bool asPublished = false)
    {
        var submission = known ?? await submissions.GetAsync(detail.Cycle.Id, iso3);
        var versions = await submissions.VersionsAsync(submission.Id);
        var answers = asPublished ? await submissions.PublishedAnswersAsync(submission) : QuestionnaireJson.ParseAnswers(submission.Answers);
        return new SubmissionView(detail.Cycle.Id, iso3, Kebab.Of(submission.State), submission.Version, answers,
            await cycles.DeadlineForAsync(detail.Cycle, iso3), submission.Id == 0 ? null : submission.UpdatedAt,
            submission.FirstSubmittedAt, submission.SubmittedAt, submission.AcceptedAt, asPublished ? [] : SubmissionService.CommentsOf(submission),
            versions.Select(v => new SubmittedVersionView(v.Number, v.SubmittedAt)).ToList(),
            submission.PublicationDecidedAt is null ? null : submission.IsPublic, asPublished);
    }

    /// <summary>The changed submission with its token as ETag; a refusal as a problem, a conflict with the current submission in it.</summary>
    public async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> RespondAsync(HttpContext http, int cycleId, Outcome<SubmissionChange> outcome)
    {
        if (outcome.Succeeded)
        {
            var change = outcome.Value;
            var view = await ViewAsync(change.Case.Cycle, change.Case.CountryIso3, change.Submission);
            http.Response.Headers.ETag = SubmissionsApi.Tag(view.Version);
            return TypedResults.Json(view, ReportingApiJson.Options);
        }
        var problem = outcome.Problem;
        if (problem.Kind is ProblemKind.Conflict or ProblemKind.PreconditionRequired && problem.Current is Submission current
            && await cycles.FindAsync(cycleId) is { } detail)
        {
            var view = await ViewAsync(detail, current.CountryIso3, current);
            http.Response.Headers.ETag = SubmissionsApi.Tag(view.Version);
            return problems.From(problem with { Detail = null },
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = view.Version, ["version"] = view.Version, ["current"] = view });
        }
        return problems.From(problem);
    }
}
