using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Reporting;
using Palermo.Web.Api;

namespace Palermo.Web.Reporting;

/// <summary>The steps every submission route shares: who may, which cycle, which country, and how results become responses.</summary>
public sealed class SubmissionContext(CycleService cycles, SubmissionService submissions, Problems problems)
{
    public Problems Problems => problems;

    public async Task<(CycleDetail? Detail, ProblemHttpResult? Problem)> ResolveAsync(HttpContext http, int id, string iso3, Func<SubmissionAccess, bool> allowed)
    {
        var country = iso3.ToUpperInvariant();
        var access = ReportingAccess.For(http.User, country);
        // Another country's submission must not even be confirmed to exist.
        if (access == SubmissionAccess.Hidden) return (null, problems.NotFound());
        if (!allowed(access)) return (null, problems.Create(StatusCodes.Status403Forbidden, "forbidden"));
        var detail = await cycles.FindAsync(id);
        if (detail is null || detail.Cycle.State == CycleState.Draft && access != SubmissionAccess.Review) return (null, problems.NotFound());
        if (!await cycles.IsRespondentAsync(detail.Cycle, country)) return (null, problems.Create(StatusCodes.Status404NotFound, "not-a-respondent", country));
        return (detail, null);
    }

    public async Task<SubmissionView> ViewAsync(CycleDetail detail, string iso3, Submission? known = null)
    {
        var submission = known ?? await submissions.GetAsync(detail.Cycle.Id, iso3);
        var versions = await submissions.VersionsAsync(submission.Id);
        return new SubmissionView(detail.Cycle.Id, iso3, Kebab.Of(submission.State), submission.Version, QuestionnaireJson.ParseAnswers(submission.Answers),
            await cycles.DeadlineForAsync(detail.Cycle, iso3), submission.Id == 0 ? null : submission.UpdatedAt,
            submission.FirstSubmittedAt, submission.SubmittedAt, submission.AcceptedAt, SubmissionService.CommentsOf(submission),
            versions.Select(v => new SubmittedVersionView(v.Number, v.SubmittedAt)).ToList());
    }

    public async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> RespondAsync(HttpContext http, CycleDetail detail, ReportingResult<Submission> result)
    {
        if (result.Succeeded)
        {
            var view = await ViewAsync(detail, result.Value!.CountryIso3, result.Value);
            http.Response.Headers.ETag = SubmissionsApi.Tag(view.Version);
            return TypedResults.Json(view, ReportingApiJson.Options);
        }
        if (result.Outcome is ReportingOutcome.Conflict or ReportingOutcome.TokenRequired && result.Value is { } current)
        {
            var view = await ViewAsync(detail, current.CountryIso3, current);
            http.Response.Headers.ETag = SubmissionsApi.Tag(view.Version);
            var conflict = result.Outcome == ReportingOutcome.Conflict;
            return problems.Create(conflict ? StatusCodes.Status409Conflict : StatusCodes.Status428PreconditionRequired,
                conflict ? "concurrency-conflict" : "concurrency-token-required", null,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = view.Version, ["version"] = view.Version, ["current"] = view });
        }
        return CyclesApi.Fail(problems, result);
    }
}
