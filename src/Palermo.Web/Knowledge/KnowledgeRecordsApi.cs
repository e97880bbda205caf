using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Knowledge;

/// <summary>
/// The one record API of the knowledge repository, for every kind of record: create, read, edit, submit, review,
/// search, similar records, revisions and attachments. Each handler is a few lines over one Core call.
/// </summary>
public static class KnowledgeRecordsApi<TRecord, TBody, TView> where TRecord : KnowledgeRecord
{
    /// <summary>Maps what is the same for every kind; returns the group, where the kind adds create, read and edit.</summary>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1, KnowledgeKindApi<TRecord, TBody, TView> api)
    {
        var group = v1.MapGroup(api.Path).WithTags("Knowledge");
        var name = api.Name;
        foreach (var (path, transition) in new[]
                 {
                     ("publish", KnowledgeTransition.Publish), ("unpublish", KnowledgeTransition.Unpublish),
                     ("request-changes", KnowledgeTransition.RequestChanges), ("reject", KnowledgeTransition.Reject),
                 })
        {
            group.MapPost($"/{{id:guid}}/{path}", (Guid id, ReviewBody? body, HttpContext http, KnowledgeService service, Problems problems) =>
                    ReviewAsync(id, transition, body, http, service, problems))
                .RequirePermission(KnowledgePermission.Review).WithName(transition + name).WithSummary($"Review: {path.Replace('-', ' ')}");
        }
        group.MapPost("/{id:guid}/submit", (Guid id, HttpContext http, KnowledgeService service, Problems problems) => SubmitAsync(id, http, service, problems))
            .RequirePermission(KnowledgePermission.Contribute)
            .WithName("Submit" + name).WithSummary("Send a draft or a changed record (back) for review");
        group.MapGet("/search", ([AsParameters] KnowledgeSearchParameters parameters, HttpContext http, KnowledgeSearch search, KnowledgeFacetLabels labels,
                Problems problems) => SearchAsync(api.Kind, parameters, http, search, labels, problems))
            .AllowAnonymous().WithName("Search" + name).WithSummary("Search in the six languages, with facets; only what the caller may read");
        // "More like this" (the words) under both names: /similar is the shorter, /more-like-this the one users know.
        group.MapGet("/{id:guid}/similar", (Guid id, HttpContext http, KnowledgeService service, KnowledgeDocumentFactory documents, KnowledgeSearch search,
                Problems problems) => SimilarAsync(id, http, service, documents, search, problems)).AllowAnonymous().WithName("Similar" + name).WithSummary("Records like this one");
        group.MapGet("/{id:guid}/more-like-this", (Guid id, HttpContext http, KnowledgeService service, KnowledgeDocumentFactory documents,
                KnowledgeSearch search, Problems problems) => SimilarAsync(id, http, service, documents, search, problems)).AllowAnonymous().WithName("MoreLikeThis" + name).WithSummary("Records like this one");
        group.MapGet("/{id:guid}/revisions", (Guid id, HttpContext http, KnowledgeService service, Problems problems) => RevisionsAsync(id, http, service, problems))
            .RequireAuthorization().WithName("Revisions" + name).WithSummary("Every revision of a record");
        group.MapKnowledgeAttachments<TRecord>(api.Kind, name);
        return group;
    }

    public static async Task<Results<Created<CreatedView>, ProblemHttpResult>> CreateAsync(KnowledgeKindApi<TRecord, TBody, TView> api, TBody body,
        HttpContext http, KnowledgeService service, Problems problems)
    {
        var created = await api.Create(service, http.Actor(), body);
        return created.Succeeded
            ? TypedResults.Created($"/api/v1{api.Path}/{created.Value.Id}", new CreatedView(created.Value.Id))
            : problems.From(created.Problem);
    }

    public static async Task<Results<Ok<TView>, ProblemHttpResult>> GetAsync(KnowledgeKindApi<TRecord, TBody, TView> api, Guid id, HttpContext http,
        KnowledgeService service, KnowledgeAttachments attachments, Problems problems)
    {
        var viewer = http.Actor();
        if (await service.FindAsync<TRecord>(id, viewer) is not { } record) return problems.NotFound();
        return TypedResults.Ok(await ViewAsync(api, record, viewer, service, attachments));
    }

    public static async Task<Results<Ok<TView>, ProblemHttpResult>> UpdateAsync(KnowledgeKindApi<TRecord, TBody, TView> api, Guid id, TBody body,
        HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems)
    {
        var viewer = http.Actor();
        var updated = await api.Update(service, viewer, id, body);
        if (!updated.Succeeded) return problems.From(updated.Problem);
        return TypedResults.Ok(await ViewAsync(api, updated.Value, viewer, service, attachments));
    }

    public static async Task<Results<Ok<StatusView>, ProblemHttpResult>> ReviewAsync(Guid id, KnowledgeTransition transition, ReviewBody? body,
        HttpContext http, KnowledgeService service, Problems problems)
    {
        var reviewed = await service.ReviewAsync<TRecord>(http.Actor(), id, transition, body?.Note);
        return reviewed.Succeeded ? TypedResults.Ok(new StatusView(id, KnowledgeStatusCodes.Code(reviewed.Value.Status))) : problems.From(reviewed.Problem);
    }

    public static async Task<Results<Ok<StatusView>, ProblemHttpResult>> SubmitAsync(Guid id, HttpContext http, KnowledgeService service, Problems problems)
    {
        var submitted = await service.SubmitAsync<TRecord>(http.Actor(), id);
        return submitted.Succeeded ? TypedResults.Ok(new StatusView(id, KnowledgeStatusCodes.Code(submitted.Value.Status))) : problems.From(submitted.Problem);
    }

    public static async Task<Results<Ok<SearchView>, ProblemHttpResult>> SearchAsync(KnowledgeKind kind, KnowledgeSearchParameters parameters,
        HttpContext http, KnowledgeSearch search, KnowledgeFacetLabels labels, Problems problems)
    {
        var request = parameters.ToRequest(kind, http.Actor(), out var problem);
        if (problem is { } p) return problems.BadParameter(p.Code, p.Field, p.Argument);
        if (request is null) return TypedResults.Ok(new SearchView(0, parameters.Page ?? 1, parameters.PageSize ?? 20, parameters.Lang ?? "", [], EmptyFacets()));
        var result = await search.SearchAsync(request);
        return TypedResults.Ok(new SearchView(result.Total, result.Page, result.PageSize, request.Language,
            result.Hits.Select(HitView.From).ToList(), await labels.LabelAsync(result.Facets)) { AlsoWrittenIn = request.AlsoWrittenIn ?? [] });
    }

    public static async Task<Results<Ok<List<HitView>>, ProblemHttpResult>> SimilarAsync(Guid id, HttpContext http, KnowledgeService service,
        KnowledgeDocumentFactory documents, KnowledgeSearch search, Problems problems)
    {
        var viewer = http.Actor();
        if (await service.FindAsync<TRecord>(id, viewer) is not { } record) return problems.NotFound();
        var similar = await search.MoreLikeThisAsync(await documents.CreateAsync(record), viewer);
        return TypedResults.Ok(similar.Select(HitView.From).ToList());
    }

    public static async Task<Results<Ok<List<RevisionView>>, ProblemHttpResult>> RevisionsAsync(Guid id, HttpContext http, KnowledgeService service,
        Problems problems)
    {
        if (await service.FindAsync<TRecord>(id, http.Actor()) is null) return problems.NotFound();
        var revisions = await service.RevisionsAsync(id);
        return TypedResults.Ok(revisions.Select(r => new RevisionView(r.Version, r.Action, KnowledgeStatusCodes.Code(r.Status), r.ChangedByUserId, r.ChangedAt)).ToList());
    }

    private static async Task<TView> ViewAsync(KnowledgeKindApi<TRecord, TBody, TView> api, TRecord record, Palermo.Access.Actor viewer,
        KnowledgeService service, KnowledgeAttachments attachments) =>
        api.View(record, await KnowledgeViewMapping.TranslationsAsync(service, record, viewer), viewer,
            await KnowledgeViewMapping.AttachmentsAsync(attachments, record));

    private static Dictionary<string, IReadOnlyList<FacetValue>> EmptyFacets() =>
        KnowledgeSearch.FacetNames.ToDictionary(n => n, _ => (IReadOnlyList<FacetValue>)[], StringComparer.Ordinal);
}
