using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Data;

namespace Palermo.Knowledge;

/// <summary>One entry of the publications feed: what a feed reader shows, nothing an unpublished record holds.</summary>
public sealed record KnowledgeFeedEntry(Guid Id, KnowledgeKind Kind, string Title, string Summary, string Language, DateTimeOffset Published, DateTimeOffset Updated);

/// <summary>The newest publications for a feed, read under the same rule as every other read (<see cref="KnowledgeAccess.VisibleRecords{T}"/>).</summary>
public sealed class KnowledgeFeedQuery(PalermoDbContext db)
{
    public const int Entries = 50;

    /// <summary>The newest published records the viewer may see, of <paramref name="kind"/> or of both kinds when null.</summary>
    public async Task<IReadOnlyList<KnowledgeFeedEntry>> NewestAsync(Actor viewer, KnowledgeKind? kind = null, CancellationToken cancellationToken = default)
    {
        var practices = kind == KnowledgeKind.CaseLaw ? [] : await db.Practices.AsNoTracking()
            .Where(viewer.VisibleRecords<Practice>()).Where(p => p.Status == KnowledgeStatus.Published)
            .OrderByDescending(p => p.PublishedAt).Take(Entries)
            .Select(p => new KnowledgeFeedEntry(p.Id, KnowledgeKind.Practice, p.Title, p.Summary, p.Language, p.PublishedAt ?? p.CreatedAt, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        var cases = kind == KnowledgeKind.Practice ? [] : await db.CaseLaw.AsNoTracking()
            .Where(viewer.VisibleRecords<CaseLaw>()).Where(p => p.Status == KnowledgeStatus.Published)
            .OrderByDescending(p => p.PublishedAt).Take(Entries)
            .Select(p => new KnowledgeFeedEntry(p.Id, KnowledgeKind.CaseLaw, p.Title, p.Summary, p.Language, p.PublishedAt ?? p.CreatedAt, p.UpdatedAt))
            .ToListAsync(cancellationToken);
        return [.. practices.Concat(cases).OrderByDescending(e => e.Published).ThenBy(e => e.Id).Take(Entries)];
    }
}
