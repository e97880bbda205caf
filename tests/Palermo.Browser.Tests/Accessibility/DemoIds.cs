using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Knowledge;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>Ids of seeded demo data that page routes take, read from the running app's database.</summary>
public sealed record DemoIds(Guid PublishedPractice, Guid PublishedCaseLaw, int Cycle)
{
    public static async Task<DemoIds> ReadAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        // Seeded records have no author; other tests add authored ones and cycles of their own.
        var practice = await db.Practices.IgnoreQueryFilters()
            .Where(p => p.AuthorUserId == null && p.Status == KnowledgeStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var caseLaw = await db.CaseLaw.IgnoreQueryFilters()
            .Where(c => c.AuthorUserId == null && c.Status == KnowledgeStatus.Published).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var cycle = await db.Cycles.IgnoreQueryFilters().MinAsync(c => c.Id);
        return new DemoIds(practice, caseLaw, cycle);
    }
}
