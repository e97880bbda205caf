using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Data;

namespace Palermo.Knowledge;

/// <summary>A record waiting for review, as the queue lists it.</summary>
public sealed record ReviewQueueItem(Guid Id, KnowledgeKind Kind, string Title, string Language, string? AuthorCountry, int Version, DateTimeOffset UpdatedAt);

/// <summary>The reviewers' queue: every submitted practice and case the actor may read, oldest change first.</summary>
public sealed class KnowledgeReviewQueue(PalermoDbContext db)
{
    public async Task<Outcome<IReadOnlyList<ReviewQueueItem>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(KnowledgePermission.Review)) return ProblemCodes.Forbidden.With();
        var practices = await db.Practices.AsNoTracking().Where(actor.VisibleRecords<Practice>()).Where(p => p.Status == KnowledgeStatus.Submitted)
            .Select(p => new ReviewQueueItem(p.Id, KnowledgeKind.Practice, p.Title, p.Language, p.AuthorCountryIso3, p.Version, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        var cases = await db.CaseLaw.AsNoTracking().Where(actor.VisibleRecords<CaseLaw>()).Where(p => p.Status == KnowledgeStatus.Submitted)
            .Select(p => new ReviewQueueItem(p.Id, KnowledgeKind.CaseLaw, p.Title, p.Language, p.AuthorCountryIso3, p.Version, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<ReviewQueueItem>>.Ok([.. practices.Concat(cases).OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id)]);
    }
}
