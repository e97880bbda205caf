using Palermo.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Knowledge;

/// <summary>
/// Practices and case law under /api/v1/practices and /api/v1/case-law: one generic record API (<see cref="KnowledgeRecordsApi{TRecord, TBody, TView}"/>)
/// for both kinds — submit (focal points, partners, secretariat), review (secretariat), read and search (anyone; unpublished
/// records only for their authors and the secretariat).
/// </summary>
public static class KnowledgeApi
{
    public static readonly KnowledgeKindApi<Practice, PracticeBody, PracticeView> Practices = new(
        KnowledgeKind.Practice, "/practices", "Practice",
        (service, actor, body) => service.CreateAsync(actor, KnowledgeViewMapping.Input(body)),
        (service, actor, id, body) => service.UpdateAsync(actor, id, KnowledgeViewMapping.Input(body)),
        KnowledgeViewMapping.View);

    public static readonly KnowledgeKindApi<CaseLaw, CaseLawBody, CaseLawView> CaseLaw = new(
        KnowledgeKind.CaseLaw, "/case-law", "CaseLaw",
        (service, actor, body) => service.CreateAsync(actor, KnowledgeViewMapping.Input(body)),
        (service, actor, id, body) => service.UpdateAsync(actor, id, KnowledgeViewMapping.Input(body)),
        KnowledgeViewMapping.View);

    public static void MapKnowledgeApi(this RouteGroupBuilder v1)
    {
        // Create, read and edit are mapped per kind with the kind's own types: ASP.NET Core's route analyzer cannot read
        // handlers whose body or result is a type parameter. Everything else is mapped once for both kinds.
        var practices = KnowledgeRecordsApi<Practice, PracticeBody, PracticeView>.Map(v1, Practices);
        practices.MapPost("/", (PracticeBody body, HttpContext http, KnowledgeService service, Problems problems) =>
            KnowledgeRecordsApi<Practice, PracticeBody, PracticeView>.CreateAsync(Practices, body, http, service, problems)).Creates(Practices);
        practices.MapGet("/{id:guid}", (Guid id, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems) =>
            KnowledgeRecordsApi<Practice, PracticeBody, PracticeView>.GetAsync(Practices, id, http, service, attachments, problems)).Reads(Practices);
        practices.MapPut("/{id:guid}", (Guid id, PracticeBody body, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments,
            Problems problems) => KnowledgeRecordsApi<Practice, PracticeBody, PracticeView>.UpdateAsync(Practices, id, body, http, service, attachments, problems))
            .Updates(Practices);

        var caseLaw = KnowledgeRecordsApi<CaseLaw, CaseLawBody, CaseLawView>.Map(v1, CaseLaw);
        caseLaw.MapPost("/", (CaseLawBody body, HttpContext http, KnowledgeService service, Problems problems) =>
            KnowledgeRecordsApi<CaseLaw, CaseLawBody, CaseLawView>.CreateAsync(CaseLaw, body, http, service, problems)).Creates(CaseLaw);
        caseLaw.MapGet("/{id:guid}", (Guid id, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems) =>
            KnowledgeRecordsApi<CaseLaw, CaseLawBody, CaseLawView>.GetAsync(CaseLaw, id, http, service, attachments, problems)).Reads(CaseLaw);
        caseLaw.MapPut("/{id:guid}", (Guid id, CaseLawBody body, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments,
            Problems problems) => KnowledgeRecordsApi<CaseLaw, CaseLawBody, CaseLawView>.UpdateAsync(CaseLaw, id, body, http, service, attachments, problems))
            .Updates(CaseLaw);
    }

    private static RouteHandlerBuilder Creates<TRecord, TBody, TView>(this RouteHandlerBuilder endpoint, KnowledgeKindApi<TRecord, TBody, TView> api)
        where TRecord : KnowledgeRecord =>
        endpoint.RequirePermission(KnowledgePermission.Contribute).WithName("Create" + api.Name).WithSummary("Submit a record for review, or keep it as a draft");

    private static RouteHandlerBuilder Reads<TRecord, TBody, TView>(this RouteHandlerBuilder endpoint, KnowledgeKindApi<TRecord, TBody, TView> api)
        where TRecord : KnowledgeRecord =>
        endpoint.AllowAnonymous().WithName("Get" + api.Name).WithSummary("A record: published ones for anyone, others for their author and the secretariat");

    private static RouteHandlerBuilder Updates<TRecord, TBody, TView>(this RouteHandlerBuilder endpoint, KnowledgeKindApi<TRecord, TBody, TView> api)
        where TRecord : KnowledgeRecord =>
        endpoint.RequirePermission(KnowledgePermission.Contribute).WithName("Update" + api.Name).WithSummary("Replace a record's content (a new revision)");
}

/// <summary>What differs between the kinds of knowledge record: their path and name, how a body becomes a change, and their view.</summary>
public sealed record KnowledgeKindApi<TRecord, TBody, TView>(
    KnowledgeKind Kind, string Path, string Name,
    Func<KnowledgeService, Palermo.Access.Actor, TBody, Task<Outcome<TRecord>>> Create,
    Func<KnowledgeService, Palermo.Access.Actor, Guid, TBody, Task<Outcome<TRecord>>> Update,
    Func<TRecord, IReadOnlyList<TranslationView>, Palermo.Access.Actor, IReadOnlyList<AttachmentView>?, TView> View)
    where TRecord : KnowledgeRecord;

public sealed record RevisionView(int Version, string Action, string Status, string? ChangedBy, DateTimeOffset ChangedAt);
