using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Data;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Knowledge;

/// <summary>
/// Practices and case law under /api/v1/practices and /api/v1/case-law: submit (focal points, partners, secretariat),
/// review (secretariat), read and search (anyone; unpublished records only for their authors and the secretariat).
/// </summary>
public static class KnowledgeApi
{
    public static void MapKnowledgeApi(this RouteGroupBuilder v1)
    {
        var practices = v1.MapGroup("/practices").WithTags("Knowledge");
        practices.MapPost("/", async Task<Results<Created<CreatedView>, ProblemHttpResult>> (
            PracticeBody body, HttpContext http, KnowledgeService service, Problems problems) =>
        {
            var result = await service.CreatePracticeAsync(KnowledgeViewMapping.Input(body), Author(http.User));
            return result.Succeeded
                ? TypedResults.Created($"/api/v1/practices/{result.Value!.Id}", new CreatedView(result.Value.Id))
                : problems.Invalid(result.Problems);
        }).RequireAuthorization(AuthorizationPolicies.KnowledgeAuthor);
        practices.MapGet("/{id:guid}", async Task<Results<Ok<PracticeView>, ProblemHttpResult>> (
            Guid id, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, PalermoDbContext db, Problems problems) =>
        {
            var viewer = Viewer(http.User);
            var practice = await service.FindAsync<Practice>(id, viewer);
            return practice is null
                ? problems.NotFound()
                : TypedResults.Ok(KnowledgeViewMapping.View(practice, await KnowledgeViewMapping.TranslationsAsync(db, practice, viewer), viewer,
                    await KnowledgeViewMapping.AttachmentsAsync(attachments, practice)));
        }).AllowAnonymous();
        practices.MapPut("/{id:guid}", async Task<Results<Ok<PracticeView>, ProblemHttpResult>> (
            Guid id, PracticeBody body, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, PalermoDbContext db, Problems problems) =>
        {
            var viewer = Viewer(http.User);
            var result = await service.UpdatePracticeAsync(id, KnowledgeViewMapping.Input(body), viewer);
            if (result is null) return problems.NotFound();
            if (!result.Succeeded) return EditProblem(problems, result.Problems);
            return TypedResults.Ok(KnowledgeViewMapping.View(result.Value!, await KnowledgeViewMapping.TranslationsAsync(db, result.Value!, viewer), viewer,
                await KnowledgeViewMapping.AttachmentsAsync(attachments, result.Value!)));
        }).RequireAuthorization(AuthorizationPolicies.KnowledgeAuthor);
        MapShared<Practice>(practices, KnowledgeKind.Practice);
        practices.MapKnowledgeAttachments<Practice>(KnowledgeKind.Practice);

        var caseLaw = v1.MapGroup("/case-law").WithTags("Knowledge");
        caseLaw.MapPost("/", async Task<Results<Created<CreatedView>, ProblemHttpResult>> (
            CaseLawBody body, HttpContext http, KnowledgeService service, Problems problems) =>
        {
            var result = await service.CreateCaseLawAsync(KnowledgeViewMapping.Input(body), Author(http.User));
            return result.Succeeded
                ? TypedResults.Created($"/api/v1/case-law/{result.Value!.Id}", new CreatedView(result.Value.Id))
                : problems.Invalid(result.Problems);
        }).RequireAuthorization(AuthorizationPolicies.KnowledgeAuthor);
        caseLaw.MapGet("/{id:guid}", async Task<Results<Ok<CaseLawView>, ProblemHttpResult>> (
            Guid id, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, PalermoDbContext db, Problems problems) =>
        {
            var viewer = Viewer(http.User);
            var record = await service.FindAsync<CaseLaw>(id, viewer);
            return record is null
                ? problems.NotFound()
                : TypedResults.Ok(KnowledgeViewMapping.View(record, await KnowledgeViewMapping.TranslationsAsync(db, record, viewer), viewer,
                    await KnowledgeViewMapping.AttachmentsAsync(attachments, record)));
        }).AllowAnonymous();
        caseLaw.MapPut("/{id:guid}", async Task<Results<Ok<CaseLawView>, ProblemHttpResult>> (
            Guid id, CaseLawBody body, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, PalermoDbContext db, Problems problems) =>
        {
            var viewer = Viewer(http.User);
            var result = await service.UpdateCaseLawAsync(id, KnowledgeViewMapping.Input(body), viewer);
            if (result is null) return problems.NotFound();
            if (!result.Succeeded) return EditProblem(problems, result.Problems);
            return TypedResults.Ok(KnowledgeViewMapping.View(result.Value!, await KnowledgeViewMapping.TranslationsAsync(db, result.Value!, viewer), viewer,
                await KnowledgeViewMapping.AttachmentsAsync(attachments, result.Value!)));
        }).RequireAuthorization(AuthorizationPolicies.KnowledgeAuthor);
        MapShared<CaseLaw>(caseLaw, KnowledgeKind.CaseLaw);
        caseLaw.MapKnowledgeAttachments<CaseLaw>(KnowledgeKind.CaseLaw);
    }

    private static void MapShared<T>(RouteGroupBuilder group, KnowledgeKind kind) where T : KnowledgeRecord
    {
        foreach (var (path, transition) in new[]
                 {
                     ("publish", KnowledgeTransition.Publish), ("unpublish", KnowledgeTransition.Unpublish),
                     ("request-changes", KnowledgeTransition.RequestChanges), ("reject", KnowledgeTransition.Reject),
                 })
        {
            group.MapPost($"/{{id:guid}}/{path}", async Task<Results<Ok<StatusView>, ProblemHttpResult>> (
                Guid id, ReviewBody? body, HttpContext http, KnowledgeService service, Problems problems) =>
            {
                var result = await service.TransitionAsync<T>(id, transition, http.User.Id(), body?.Note);
                if (result is null) return problems.NotFound();
                return result.Succeeded
                    ? TypedResults.Ok(new StatusView(id, KnowledgeStatusCodes.Code(result.Value!.Status)))
                    : problems.Invalid(result.Problems, "invalid-transition");
            }).RequireAuthorization(AuthorizationPolicies.Secretariat);
        }

        group.MapPost("/{id:guid}/submit", async Task<Results<Ok<StatusView>, ProblemHttpResult>> (
            Guid id, HttpContext http, KnowledgeService service, Problems problems) =>
        {
            var result = await service.SubmitAsync<T>(id, Viewer(http.User));
            if (result is null) return problems.NotFound();
            return result.Succeeded
                ? TypedResults.Ok(new StatusView(id, KnowledgeStatusCodes.Code(result.Value!.Status)))
                : EditProblem(problems, result.Problems);
        }).RequireAuthorization(AuthorizationPolicies.KnowledgeAuthor);

        group.MapGet("/search", async Task<Results<Ok<SearchView>, ProblemHttpResult>> (
            [AsParameters] KnowledgeSearchParameters parameters, HttpContext http, KnowledgeSearch search, KnowledgeFacetLabels labels, Problems problems) =>
        {
            var request = parameters.ToRequest(kind, Viewer(http.User), out var problem);
            if (problem is { } p) return problems.BadParameter(p.Code, p.Field, p.Argument);
            if (request is null) return TypedResults.Ok(new SearchView(0, parameters.Page ?? 1, parameters.PageSize ?? 20, parameters.Lang ?? "", [], EmptyFacets()));
            var result = await search.SearchAsync(request);
            return TypedResults.Ok(new SearchView(result.Total, result.Page, result.PageSize, request.Language,
                result.Hits.Select(HitView.From).ToList(), await labels.LabelAsync(result.Facets)) { AlsoWrittenIn = request.AlsoWrittenIn ?? [] });
        }).AllowAnonymous();

        // "More like this" (the words) under both names: /similar is the shorter, /more-like-this the one users know.
        foreach (var path in new[] { "/{id:guid}/similar", "/{id:guid}/more-like-this" })
        {
            group.MapGet(path, async Task<Results<Ok<List<HitView>>, ProblemHttpResult>> (
                Guid id, HttpContext http, KnowledgeService service, KnowledgeDocumentFactory documents, KnowledgeSearch search, Problems problems) =>
            {
                var viewer = Viewer(http.User);
                var record = await service.FindAsync<T>(id, viewer);
                if (record is null) return problems.NotFound();
                var similar = await search.MoreLikeThisAsync(await documents.CreateAsync(record), viewer);
                return TypedResults.Ok(similar.Select(HitView.From).ToList());
            }).AllowAnonymous();
        }

        group.MapGet("/{id:guid}/revisions", async Task<Results<Ok<List<RevisionView>>, ProblemHttpResult>> (
            Guid id, HttpContext http, KnowledgeService service, Problems problems) =>
        {
            if (await service.FindAsync<T>(id, Viewer(http.User)) is null) return problems.NotFound();
            var revisions = await service.RevisionsAsync(id);
            return TypedResults.Ok(revisions.Select(r => new RevisionView(r.Version, r.Action, KnowledgeStatusCodes.Code(r.Status), r.ChangedByUserId, r.ChangedAt)).ToList());
        }).RequireAuthorization();
    }

    public static KnowledgeViewer Viewer(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? new KnowledgeViewer(user.Id(), user.IsSecretariat()) : KnowledgeViewer.Anonymous;

    /// <summary>Not theirs: 403; theirs but under review or published: 409; anything else is bad input: 400.</summary>
    internal static ProblemHttpResult EditProblem(Problems problems, IReadOnlyList<Palermo.Accounts.AccountProblem> refused)
    {
        if (refused.Any(p => p.Code == "knowledge-not-author")) return problems.Create(StatusCodes.Status403Forbidden, "knowledge-not-author");
        if (refused.Any(p => p.Code == "knowledge-not-editable"))
            return problems.Create(StatusCodes.Status409Conflict, "knowledge-not-editable", refused[0].Value);
        return problems.Invalid(refused, refused.Any(p => p.Code == "invalid-transition") ? "invalid-transition" : "invalid-input");
    }

    private static KnowledgeAuthor Author(ClaimsPrincipal user) => new(user.Id(), user.Country());

    private static Dictionary<string, IReadOnlyList<FacetValue>> EmptyFacets() =>
        KnowledgeSearch.FacetNames.ToDictionary(n => n, _ => (IReadOnlyList<FacetValue>)[], StringComparer.Ordinal);
}

public sealed record RevisionView(int Version, string Action, string Status, string? ChangedBy, DateTimeOffset ChangedAt);
