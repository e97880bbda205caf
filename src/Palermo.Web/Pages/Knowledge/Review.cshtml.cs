using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>The secretariat's review queue: every submitted practice and case, oldest change first.</summary>
public sealed class ReviewModel(KnowledgeReviewQueue queue) : PageModel
{
    public IReadOnlyList<ReviewQueueItem> Queue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await queue.ListAsync(HttpContext.Actor(), cancellationToken);
        if (!outcome.Succeeded) return this.Refusal(outcome.Problem) ?? Forbid();
        Queue = outcome.Value;
        return Page();
    }
}
