using Palermo.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Knowledge;

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string Url)
{
    public static AttachmentView From(KnowledgeAttachmentInfo a, KnowledgeKind kind) =>
        new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, Link(kind, a.RecordId, a.Id));

    public static string Link(KnowledgeKind kind, Guid recordId, Guid id) =>
        $"/api/v1/{(kind == KnowledgeKind.Practice ? "practices" : "case-law")}/{recordId:D}/attachments/{id:D}";
}

/// <summary>
/// Attachments under /api/v1/{practices|case-law}/{id}/attachments: upload as multipart/form-data (field <c>file</c>) by
/// the author until publication or the secretariat; list and download by whoever may read the record. Downloads are
/// always <c>Content-Disposition: attachment</c> with the detected type and <c>nosniff</c>.
/// </summary>
public static class KnowledgeAttachmentsApi
{
    public static void MapKnowledgeAttachments<T>(this RouteGroupBuilder group, KnowledgeKind kind, string name) where T : KnowledgeRecord
    {
        group.MapPost("/{id:guid}/attachments", async Task<Results<Created<AttachmentView>, ProblemHttpResult>> (
            Guid id, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems,
            Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) =>
        {
            var viewer = http.Actor();
            var record = await service.FindAsync<T>(id, viewer);
            if (record is null) return problems.NotFound();
            if (!viewer.CanAttach(record)) return problems.From(ProblemCodes.KnowledgeNotAuthor.With());
            var (saved, refusal) = await KnowledgeAttachmentUpload.SaveAsync(attachments, record, http);
            if (refusal is not null)
                return problems.Create(refusal.Status, refusal.Problem.Code,
                    string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Error." + refusal.Problem.Code], refusal.Problem.Value ?? ""));
            var info = new KnowledgeAttachmentInfo(saved!.Id, saved.RecordId, saved.FileName, saved.ContentType, saved.Size, saved.Sha256, saved.UploadedAt);
            return TypedResults.Created(AttachmentView.Link(kind, id, saved.Id), AttachmentView.From(info, kind));
        }).RequirePermission(KnowledgePermission.Contribute).DisableAntiforgery().WithName("AddAttachment" + name).WithSummary("Upload an attachment (multipart field «file»)");

        group.MapGet("/{id:guid}/attachments", async Task<Results<Ok<List<AttachmentView>>, ProblemHttpResult>> (
            Guid id, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems) =>
        {
            if (await service.FindAsync<T>(id, http.Actor()) is null) return problems.NotFound();
            return TypedResults.Ok((await attachments.ListAsync(id)).Select(a => AttachmentView.From(a, kind)).ToList());
        }).AllowAnonymous().WithName("ListAttachments" + name).WithSummary("A record's attachments");

        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            Guid id, Guid attachmentId, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems) =>
        {
            if (await service.FindAsync<T>(id, http.Actor()) is null) return problems.NotFound();
            var attachment = await attachments.FindAsync(id, attachmentId);
            if (attachment is null) return problems.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Whatever the file holds, it never runs in Palermo's origin.
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            return TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
        }).AllowAnonymous().WithName("GetAttachment" + name).WithSummary("Download an attachment (never shown inline)");

        group.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid id, Guid attachmentId, HttpContext http, KnowledgeService service, KnowledgeAttachments attachments, Problems problems) =>
        {
            var viewer = http.Actor();
            var record = await service.FindAsync<T>(id, viewer);
            if (record is null) return problems.NotFound();
            if (!viewer.CanAttach(record)) return problems.From(ProblemCodes.KnowledgeNotAuthor.With());
            return await attachments.RemoveAsync(record, attachmentId, viewer.UserId) ? TypedResults.NoContent() : problems.NotFound();
        }).RequirePermission(KnowledgePermission.Contribute).WithName("RemoveAttachment" + name).WithSummary("Remove an attachment (a new revision)");
    }
}

/// <summary>Reads the uploaded file of a multipart request (API or page) and hands it to <see cref="KnowledgeAttachments"/>.</summary>
public static class KnowledgeAttachmentUpload
{
    public static async Task<(KnowledgeAttachment? Saved, AttachmentRefusal? Refusal)> SaveAsync(KnowledgeAttachments attachments, KnowledgeRecord record, HttpContext http)
    {
        IFormFile? file;
        try
        {
            if (!http.Request.HasFormContentType) return (null, Missing());
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            // Multipart or request body over the server's limits.
            return (null, new AttachmentRefusal(StatusCodes.Status413PayloadTooLarge,
                new FieldError("file", "attachment-too-large", (attachments.MaxBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        if (file is null) return (null, Missing());
        await using var stream = file.OpenReadStream();
        return await attachments.AddAsync(record, file.FileName, stream, file.Length, http.Actor().UserId, http.RequestAborted);
    }

    private static AttachmentRefusal Missing() => new(StatusCodes.Status400BadRequest, new FieldError("file", "attachment-empty", ""));
}
