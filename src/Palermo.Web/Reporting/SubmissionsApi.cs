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
        v1.MapGet("/cycles/{id:int}/submissions", async Task<Results<JsonHttpResult<List<SubmissionSummary>>, ProblemHttpResult>> (
            int id, HttpContext http, CycleService cycles, Palermo.Data.PalermoDbContext db, Problems problems) =>
        {
            var detail = await cycles.FindAsync(id);
            if (detail is null) return problems.NotFound();
            // The scoped query filter lets the secretariat see every submission and a country's users only their own.
            // Other countries' rows come through only when that country agreed to publication.
            var list = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Submissions.Where(s => s.CycleId == id).OrderBy(s => s.CountryIso3));
            return TypedResults.Json(list
                .Where(s => ReportingAccess.For(http.User, s.CountryIso3, s.IsPublic).CanRead())
                .Select(s => new SubmissionSummary(s.CountryIso3, Kebab.Of(s.State), s.Version, s.UpdatedAt, s.FirstSubmittedAt, s.SubmittedAt))
                .ToList(), ReportingApiJson.Options);
        }).WithTags("Reporting").RequireAuthorization();

        var one = v1.MapGroup("/cycles/{id:int}/submissions/{iso3}").WithTags("Reporting").RequireAuthorization();

        one.MapGet("/", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (int id, string iso3, HttpContext http, SubmissionContext context) =>
        {
            var (detail, access, problem) = await context.ResolveWithAccessAsync(http, id, iso3, a => a.CanRead());
            if (problem is not null) return problem;
            var published = access == SubmissionAccess.Published;
            var view = await context.ViewAsync(detail!, iso3.ToUpperInvariant(), asPublished: published);
            if (!published) http.Response.Headers.ETag = Tag(view.Version);
            return TypedResults.Json(view, ReportingApiJson.Options);
        });

        one.MapGet("/versions/{number:int}", async Task<Results<JsonHttpResult<FrozenVersionView>, ProblemHttpResult>> (
            int id, string iso3, int number, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (_, problem) = await context.ResolveAsync(http, id, iso3, a => a.CanRead());
            if (problem is not null) return problem;
            var submission = await submissions.GetAsync(id, iso3.ToUpperInvariant());
            var versions = await submissions.VersionsAsync(submission.Id);
            var version = versions.FirstOrDefault(v => v.Number == number);
            if (version is null) return context.Problems.NotFound();
            var answers = QuestionnaireJson.ParseAnswers(version.Answers);
            // What changed since the version before, so a reviewer reads only the differences.
            var before = versions.FirstOrDefault(v => v.Number == number - 1) is { } b ? QuestionnaireJson.ParseAnswers(b.Answers) : null;
            var changed = before is null ? [] : answers.Keys.Union(before.Keys, StringComparer.Ordinal)
                .Where(k => !answers.TryGetValue(k, out var now) || !before.TryGetValue(k, out var then) || !JsonElement.DeepEquals(now, then))
                .Order(StringComparer.Ordinal).ToList();
            return TypedResults.Json(new FrozenVersionView(version.Number, version.SubmittedAt, answers, changed), ReportingApiJson.Options);
        });

        one.MapGet("/previous-cycle", async Task<Results<JsonHttpResult<PreviousCycleView>, ProblemHttpResult>> (
            int id, string iso3, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            // The previous cycle's answers were published (or not) under that cycle's decision, not this one's.
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a.SeesWorkingCopy());
            if (problem is not null) return problem;
            var country = iso3.ToUpperInvariant();
            if (await submissions.PreviousCycleAnswersAsync(detail!.Cycle, country) is not { } previous)
                return context.Problems.Create(StatusCodes.Status404NotFound, "no-previous-answers");
            var before = QuestionnaireJson.ParseAnswers(previous.Version.Answers);
            var now = QuestionnaireJson.ParseAnswers((await submissions.GetAsync(id, country)).Answers);
            // Questions answered differently now than in the previous cycle (or only in one of them).
            var changed = now.Keys.Union(before.Keys, StringComparer.Ordinal)
                .Where(k => !now.TryGetValue(k, out var a) || !before.TryGetValue(k, out var b) || !JsonElement.DeepEquals(a, b))
                .Order(StringComparer.Ordinal).ToList();
            return TypedResults.Json(new PreviousCycleView(previous.Cycle.Id, previous.Cycle.Name, previous.Version.Number, previous.Version.SubmittedAt, before, changed),
                ReportingApiJson.Options);
        });

        one.MapPut("/", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (
            int id, string iso3, SubmissionBody body, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a.CanDraft());
            if (problem is not null) return problem;
            if (body.Answers is null) return context.Problems.Create(StatusCodes.Status400BadRequest, "answers-required");
            if (!TryToken(body, http, out var token)) return context.Problems.Create(StatusCodes.Status400BadRequest, "invalid-concurrency-token");
            var result = await submissions.SaveDraftAsync(detail!, iso3.ToUpperInvariant(), token, body.Answers);
            return await context.RespondAsync(http, detail!, result);
        });

        // The country's decision on publication of its submitted answers: its focal point, or the secretariat on its behalf.
        one.MapPut("/publication", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (
            int id, string iso3, PublicationBody? body, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a.CanDecidePublication());
            if (problem is not null) return problem;
            if (body?.Consent is not { } consent) return context.Problems.Create(StatusCodes.Status400BadRequest, "publication-consent-required");
            return await context.RespondAsync(http, detail!, await submissions.SetPublicationAsync(detail!, iso3.ToUpperInvariant(), consent, http.User.Id()));
        });

        one.MapPost("/start-from-previous", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (
            int id, string iso3, SubmissionBody? body, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a.CanDraft());
            if (problem is not null) return problem;
            if (!TryToken(body ?? new SubmissionBody(null, null, null), http, out var token))
                return context.Problems.Create(StatusCodes.Status400BadRequest, "invalid-concurrency-token");
            return await context.RespondAsync(http, detail!, await submissions.StartFromPreviousAsync(detail!, iso3.ToUpperInvariant(), token));
        });

        one.MapPost("/submit", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (
            int id, string iso3, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a == SubmissionAccess.Submit);
            if (problem is not null) return problem;
            return await context.RespondAsync(http, detail!, await submissions.SubmitAsync(detail!, iso3.ToUpperInvariant(), http.User.Id()));
        });

        one.MapPost("/accept", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (
            int id, string iso3, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a == SubmissionAccess.Review);
            if (problem is not null) return problem;
            return await context.RespondAsync(http, detail!, await submissions.AcceptAsync(detail!, iso3.ToUpperInvariant()));
        });

        one.MapPost("/return", async Task<Results<JsonHttpResult<SubmissionView>, ProblemHttpResult>> (
            int id, string iso3, ReturnBody body, HttpContext http, SubmissionContext context, SubmissionService submissions) =>
        {
            var (detail, problem) = await context.ResolveAsync(http, id, iso3, a => a == SubmissionAccess.Review);
            if (problem is not null) return problem;
            return await context.RespondAsync(http, detail!, await submissions.ReturnAsync(detail!, iso3.ToUpperInvariant(), body.Comments ?? []));
        });
    }

    internal static string Tag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

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
