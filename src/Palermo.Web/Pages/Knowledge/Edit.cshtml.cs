using Palermo.Access;
using Palermo.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Knowledge;
using Palermo.Web.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>
/// The edit form of a practice or case: its author while it is a draft or changes were requested, the secretariat
/// always (<see cref="KnowledgeAccess.EditRight"/>). Saving makes a revision; the author may send it back for review.
/// Every field of the record is on the form, case law's defendants, victims (initials only) and keywords included.
/// </summary>
public sealed class EditModel(KnowledgeService service, KnowledgeAttachments attachments, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public EditForm Form { get; set; } = new();
    public KnowledgeRecord? Record { get; private set; }
    public string KindPath { get; private set; } = "practices";
    public KnowledgeFormErrors Errors { get; private set; } = KnowledgeFormErrors.None;
    public IReadOnlyList<KnowledgeAttachmentInfo> Attachments { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanAttach { get; private set; }
    public bool Saved { get; private set; }
    public bool Removed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, bool saved = false, bool removed = false)
    {
        if (await LoadAsync(kind, id) is { } missing) return missing;
        Form = EditForm.From(Record!);
        Saved = saved;
        Removed = removed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid id, bool submit = false)
    {
        if (await LoadAsync(kind, id) is { } missing) return missing;
        if (!CanEdit) return Forbid();
        var viewer = HttpContext.Actor();
        var problems = (Record switch
        {
            CaseLaw => (await service.UpdateAsync(viewer, id, Form.ToCaseLawInput())).Problem,
            _ => (await service.UpdateAsync(viewer, id, Form.ToPracticeInput())).Problem,
        })?.FieldErrors ?? [];
        if (problems.Count > 0)
        {
            // A refused name is not sent back to the browser (see EditForm.ForgetVictimNames).
            if (problems.Any(p => p.Field == "victims")) Form.ForgetVictimNames();
            Errors = KnowledgeFormErrors.From(problems, text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (submit && Record!.Status is KnowledgeStatus.Draft or KnowledgeStatus.ChangesRequested)
        {
            if (kind == "case-law") await service.SubmitAsync<CaseLaw>(viewer, id);
            else await service.SubmitAsync<Practice>(viewer, id);
        }
        return Redirect($"/knowledge/{kind}/{id}/edit?saved=true");
    }

    public async Task<IActionResult> OnPostUploadAsync(string kind, Guid id)
    {
        if (await LoadAsync(kind, id) is { } missing) return missing;
        if (!CanAttach) return Forbid();
        Form = EditForm.From(Record!);
        var (_, refusal) = await KnowledgeAttachmentUpload.SaveAsync(attachments, Record!, HttpContext);
        if (refusal is not null)
        {
            Response.StatusCode = refusal.Status;
            Errors = KnowledgeFormErrors.From([refusal.Problem], text);
            return Page();
        }
        return Redirect($"/knowledge/{kind}/{id}/edit?saved=true");
    }

    /// <summary>
    /// Removes an attachment (the same rule as <c>DELETE …/attachments/{id}</c>): a record the person cannot see is
    /// 404, one they may not change the attachments of is 403. The removal is a revision.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveAsync(string kind, Guid id, Guid attachmentId)
    {
        if (await LoadAsync(kind, id) is { } missing) return missing;
        if (!CanAttach) return StatusCode(StatusCodes.Status403Forbidden);
        if (!await attachments.RemoveAsync(Record!, attachmentId, HttpContext.Actor().UserId, HttpContext.RequestAborted)) return NotFound();
        return Redirect($"/knowledge/{kind}/{id}/edit?removed=true");
    }

    private async Task<IActionResult?> LoadAsync(string kind, Guid id)
    {
        var viewer = HttpContext.Actor();
        KindPath = kind;
        Record = kind == "case-law" ? await service.FindAsync<CaseLaw>(id, viewer) : await service.FindAsync<Practice>(id, viewer);
        if (Record is null) return NotFound();
        CanEdit = viewer.Can(KnowledgePermission.Edit, Record);
        CanAttach = viewer.CanAttach(Record);
        Attachments = await attachments.ListAsync(Record.Id);
        return null;
    }
}
