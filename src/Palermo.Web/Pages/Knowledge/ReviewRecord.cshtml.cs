using Palermo.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>One record under review: its text, what changed since the previous revision, and the reviewer's decision.</summary>
public sealed class ReviewRecordModel(KnowledgeService service) : PageModel
{
    public KnowledgeRecord? Record { get; private set; }
    public string KindPath { get; private set; } = "practices";
    public IReadOnlyList<KnowledgeRevision> Revisions { get; private set; } = [];
    public IReadOnlyList<KnowledgeFieldChange>? Changes { get; private set; }
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id)
    {
        if (!await LoadAsync(kind, id)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid id, string decision, string? note)
    {
        var transition = decision switch
        {
            "publish" => KnowledgeTransition.Publish,
            "request-changes" => KnowledgeTransition.RequestChanges,
            "reject" => KnowledgeTransition.Reject,
            _ => (KnowledgeTransition?)null,
        };
        if (!await LoadAsync(kind, id)) return NotFound();
        if (transition is null)
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var note2 = string.IsNullOrWhiteSpace(note) ? null : note;
        var result = kind == "case-law"
            ? await service.ReviewAsync<CaseLaw>(HttpContext.Actor(), id, transition.Value, note2)
            : await service.ReviewAsync<Practice>(HttpContext.Actor(), id, transition.Value, note2);
        if (!result.Succeeded)
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect("/knowledge/review");
    }

    private async Task<bool> LoadAsync(string kind, Guid id)
    {
        KindPath = kind;
        var viewer = HttpContext.Actor();
        Record = kind == "case-law" ? await service.FindAsync<CaseLaw>(id, viewer) : await service.FindAsync<Practice>(id, viewer);
        if (Record is null) return false;
        Revisions = await service.RevisionsAsync(id);
        Changes = KnowledgeRevisionDiff.LastChange(Revisions);
        return true;
    }
}
