using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.Knowledge;
using Palermo.Web.Accounts;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>The secretariat's review queue: every submitted practice and case, oldest change first.</summary>
public sealed class ReviewModel(PalermoDbContext db) : PageModel
{
    public sealed record QueueItem(Guid Id, KnowledgeKind Kind, string Title, string Language, string? AuthorCountry, int Version, DateTimeOffset UpdatedAt);

    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var practices = await db.Practices.AsNoTracking().Where(p => p.Status == KnowledgeStatus.Submitted)
            .Select(p => new QueueItem(p.Id, KnowledgeKind.Practice, p.Title, p.Language, p.AuthorCountryIso3, p.Version, p.UpdatedAt)).ToListAsync();
        var cases = await db.CaseLaw.AsNoTracking().Where(p => p.Status == KnowledgeStatus.Submitted)
            .Select(p => new QueueItem(p.Id, KnowledgeKind.CaseLaw, p.Title, p.Language, p.AuthorCountryIso3, p.Version, p.UpdatedAt)).ToListAsync();
        Queue = practices.Concat(cases).OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id).ToList();
    }
}
