using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Reporting;
using Palermo.Web.Api;

namespace Palermo.Web.Reporting;

/// <summary>The steps every submission route shares: who may, which cycle, which country, and how results become responses.</summary>
public sealed class SubmissionContext(CycleService cycles, SubmissionService submissions, Problems problems)
{
    public Problems Problems => problems;

    /// <summary>
    /// What the user may do with the country's submission in the cycle: the country rules of <see cref="ReportingAccess"/>,
    /// with the country's decision on publication looked up only when it matters (another country's focal point or contributor).
    /// </summary>
    public async Task<SubmissionAccess> AccessAsync(System.Security.Claims.ClaimsPrincipal user, int cycleId, string country)
    {
        var access = ReportingAccess.For(user, country);
        if (access != SubmissionAccess.Hidden || ReportingAccess.For(user, country, published: true) == SubmissionAccess.Hidden) return access;
        return ReportingAccess.For(user, country, await submissions.IsPublishedAsync(cycleId, country));
    }

    public async Task<(CycleDetail? Detail, ProblemHttpResult? Problem)> ResolveAsync(HttpContext http, int id, string iso3, Func<SubmissionAccess, bool> allowed)
    {
        var (detail, _, problem) = await ResolveWithAccessAsync(http, id, iso3, allowed);
        return (detail, problem);
    }

    public async Task<(CycleDetail? Detail, SubmissionAccess Access, ProblemHttpResult? Problem)> ResolveWithAccessAsync(HttpContext http, int id, string iso3,
        Func<SubmissionAccess, bool> allowed)
    {
        var country = iso3.ToUpperInvariant();
        var access = await AccessAsync(http.User, id, country);
        // Another country's submission must not even be confirmed to exist (unless that country agreed to publication).
        if (access == SubmissionAccess.Hidden) return (null, access, problems.NotFound());
        if (!allowed(access)) return (null, access, problems.Create(StatusCodes.Status403Forbidden, "forbidden"));
        var detail = await cycles.FindAsync(id);
        if (detail is null || detail.Cycle.State == CycleState.Draft && access != SubmissionAccess.Review) return (null, access, problems.NotFound());
        if (!await cycles.IsRespondentAsync(detail.Cycle, country)) return (null, access, problems.Create(StatusCodes.Status404NotFound, "not-a-respondent", country));
        return (detail, access, null);
    }

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
