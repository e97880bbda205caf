using Palermo.Access;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Reporting;

/// <summary>
/// One country's submission in a cycle. Another country's submission is answered like a missing one (404) on every
/// route; the country's own users in a role without reporting rights get 403. Saves carry the concurrency token.
/// </summary>
public static class SubmissionsApi
{
    public static void MapSubmissionsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/cycles/{id:int}/submissions", ListAsync).WithTags("Reporting").RequireAuthorization().WithName("ListSubmissions")
            .WithSummary("The submissions of a cycle the caller may read: their own country's, all for the secretariat, and published ones");

        var one = v1.MapGroup("/cycles/{id:int}/submissions/{iso3}").WithTags("Reporting").RequireAuthorization();
        one.MapGet("/", GetAsync).WithName("GetSubmission").WithSummary("A country's submission; another State party reads only what it agreed to publish");
        one.MapGet("/versions/{number:int}", GetVersionAsync).WithName("GetSubmittedVersion")
            .WithSummary("A frozen submitted version, with the questions answered differently than in the version before");
        one.MapGet("/previous-cycle", GetPreviousCycleAsync).WithName("GetPreviousCycleAnswers")
            .WithSummary("The country's answers in the previous cycle of the protocol and the questions answered differently now");
        one.MapPut("/", SaveDraftAsync).WithName("SaveDraft").WithSummary("Replace the draft answers; send the version last read (409 with the current one when stale)");
        one.MapPut("/publication", DecidePublicationAsync).WithName("DecidePublication")
            .WithSummary("Record whether the country agrees to publication of its submitted answers in the cycle");
        one.MapPost("/start-from-previous", StartFromPreviousAsync).WithName("StartFromPreviousCycle")
            .WithSummary("Start the draft from the previous cycle's submitted answers that still fit");
        one.MapPost("/submit", SubmitAsync).WithName("SubmitAnswers").WithSummary("Submit the answers (the country's focal point)");
        one.MapPost("/accept", AcceptAsync).WithName("AcceptSubmission").WithSummary("Accept a submitted submission (the secretariat)");
        one.MapPost("/return", ReturnAsync).WithName("ReturnSubmission").WithSummary("Return a submission with comments on its questions (the secretariat)");
    }

    public static async Task<Results<JsonHttpResult<List<SubmissionSummary>>, ProblemHttpResult>> ListAsync(int id, HttpContext http, CycleQueries queries,
        Problems problems)
    {
        // A draft cycle is answered like a missing one, so its existence shows through no route.
        if (await queries.VisibleAsync(http.Actor(), id) is not { } detail) return problems.NotFound();
        return TypedResults.Json((await queries.ReadableSubmissionsAsync(http.Actor(), detail))
            .Select(s => new SubmissionSummary(s.CountryIso3, Kebab.Of(s.State), s.Version, s.UpdatedAt, s.FirstSubmittedAt, s.SubmittedAt))
            .ToList(), ReportingApiJson.Options);
    }

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> GetAsync(int id, string iso3, HttpContext http,
        SubmissionWorkflow workflow, SubmissionContext context)
    {
        var opened = await workflow.OpenAsync(http.Actor(), id, iso3, ReportingPermission.ReadSubmission);
        if (!opened.Succeeded) return context.Problems.From(opened.Problem);
        var found = opened.Value;
        var view = await context.ViewAsync(found.Cycle, found.CountryIso3, asPublished: found.AsPublished);
        if (!found.AsPublished) http.Response.Headers.ETag = Tag(view.Version);
        return TypedResults.Json(view, ReportingApiJson.Options);
    }

    public static async Task<Results<JsonHttpResult<FrozenVersionView>, ProblemHttpResult>> GetVersionAsync(int id, string iso3, int number, HttpContext http,
        SubmissionWorkflow workflow, SubmissionService submissions, Problems problems)
    {
        var opened = await workflow.OpenAsync(http.Actor(), id, iso3, ReportingPermission.ReadSubmission);
        if (!opened.Succeeded) return problems.From(opened.Problem);
        var submission = await submissions.GetAsync(id, opened.Value.CountryIso3);
        var versions = await submissions.VersionsAsync(submission.Id);
        if (versions.FirstOrDefault(v => v.Number == number) is not { } version) return problems.NotFound();
        var answers = QuestionnaireJson.ParseAnswers(version.Answers);
        // What changed since the version before, so a reviewer reads only the differences.
        var changed = versions.FirstOrDefault(v => v.Number == number - 1) is { } before
            ? AnswerChanges.Between(answers, QuestionnaireJson.ParseAnswers(before.Answers))
            : [];
        return TypedResults.Json(new FrozenVersionView(version.Number, version.SubmittedAt, answers, changed), ReportingApiJson.Options);
    }

    public static async Task<Results<JsonHttpResult<PreviousCycleView>, ProblemHttpResult>> GetPreviousCycleAsync(int id, string iso3, HttpContext http,
        SubmissionWorkflow workflow, SubmissionService submissions, Problems problems)
    {
        // The previous cycle's answers were published (or not) under that cycle's decision, not this one's.
        var opened = await workflow.OpenAsync(http.Actor(), id, iso3, ReportingPermission.ReadWorkingCopy);
        if (!opened.Succeeded) return problems.From(opened.Problem);
        var (detail, country) = (opened.Value.Cycle, opened.Value.CountryIso3);
        if (await submissions.PreviousCycleAnswersAsync(detail.Cycle, country) is not { } previous) return problems.From(ProblemCodes.NoPreviousAnswers.With());
        var before = QuestionnaireJson.ParseAnswers(previous.Version.Answers);
        var now = QuestionnaireJson.ParseAnswers((await submissions.GetAsync(id, country)).Answers);
        return TypedResults.Json(new PreviousCycleView(previous.Cycle.Id, previous.Cycle.Name, previous.Version.Number, previous.Version.SubmittedAt, before,
            AnswerChanges.Between(now, before)), ReportingApiJson.Options);
    }

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> SaveDraftAsync(int id, string iso3, SubmissionBody body,
        HttpContext http, SubmissionContext context, SubmissionWorkflow workflow) =>
        await context.RespondAsync(http, id, await workflow.SaveDraftAsync(http.Actor(), id, iso3, Token(body, http), body.Answers));

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> DecidePublicationAsync(int id, string iso3, PublicationBody? body,
        HttpContext http, SubmissionContext context, SubmissionWorkflow workflow) =>
        await context.RespondAsync(http, id, await workflow.DecidePublicationAsync(http.Actor(), id, iso3, body?.Consent));

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> StartFromPreviousAsync(int id, string iso3, SubmissionBody? body,
        HttpContext http, SubmissionContext context, SubmissionWorkflow workflow) =>
        await context.RespondAsync(http, id, await workflow.StartFromPreviousAsync(http.Actor(), id, iso3, Token(body ?? new SubmissionBody(null, null, null), http)));

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> SubmitAsync(int id, string iso3, HttpContext http,
        SubmissionContext context, SubmissionWorkflow workflow) =>
        await context.RespondAsync(http, id, await workflow.SubmitAsync(http.Actor(), id, iso3));

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> AcceptAsync(int id, string iso3, HttpContext http,
        SubmissionContext context, SubmissionWorkflow workflow) =>
        await context.RespondAsync(http, id, await workflow.AcceptAsync(http.Actor(), id, iso3));

    public static async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> ReturnAsync(int id, string iso3, ReturnBody body, HttpContext http,
        SubmissionContext context, SubmissionWorkflow workflow) =>
        await context.RespondAsync(http, id, await workflow.ReturnAsync(http.Actor(), id, iso3, body.Comments ?? []));

    internal static string Tag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    internal static ConcurrencyToken Token(SubmissionBody body, HttpContext http) =>
        TryToken(body, http, out var token) ? new ConcurrencyToken(token) : ConcurrencyToken.Invalid;

    /// <summary>The token from the body (<c>version</c> or <c>concurrencyToken</c>) or else the If-Match header; null when none was sent.</summary>
    internal static bool TryToken(SubmissionBody body, HttpContext http, out int? token)
    {
        token = null;
        foreach (var candidate in new[] { body.Version, body.ConcurrencyToken })
        {
            if (candidate is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
            {
                token = number;
                return true;
            }
            return value.ValueKind == JsonValueKind.String && TryParse(value.GetString(), out token);
        }
        var header = http.Request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(header) || TryParse(header, out token);
    }

    private static bool TryParse(string? raw, out int? token)
    {
        token = null;
        raw = raw?.Trim() ?? "";
        if (raw.StartsWith("W/", StringComparison.Ordinal)) raw = raw[2..];
        if (!int.TryParse(raw.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return false;
        token = parsed;
        return true;
    }
}
