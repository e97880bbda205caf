using Palermo.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Testing;

namespace Palermo.Search.Tests.Knowledge;

/// <summary>
/// The start-up check against a real database and the engine's own backend (Lucene beside SQLite, PostgreSQL
/// full-text beside PostgreSQL): what a failed index update left behind is repaired per record.
/// </summary>
public class KnowledgeIndexRepairTests
{
    [Theory, AllDatabases]
    public async Task Start_up_check_reindexes_a_record_whose_index_update_failed_and_drops_a_deleted_one(DatabaseEngine engine)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync(configure: s => s.AddPalermoSearch());
        var (old, fresh, other, deleted) = (Word(), Word(), Word(), Word());
        // Three records, so that one stale record is repaired on its own rather than by a rebuild of the whole index.
        var changed = Practice("Shelter network " + old);
        var removed = Practice("Labour inspection " + deleted);
        await SaveAndIndexAsync(services, [changed, Practice("Hotline " + other), removed], cancellationToken);
        Assert.Equal([changed.Id], await FindAsync(services, old, cancellationToken));

        // Saved, but its index update failed: the index still holds the old text, and holds as many records as the database.
        await ChangeInDatabaseOnlyAsync(services, changed.Id, "Shelter network " + fresh, cancellationToken);
        Assert.Equal([changed.Id], await FindAsync(services, old, cancellationToken));
        Assert.Empty(await FindAsync(services, fresh, cancellationToken));

        Assert.True(await RepairAsync(services, cancellationToken));

        Assert.Equal([changed.Id], await FindAsync(services, fresh, cancellationToken));
        Assert.Empty(await FindAsync(services, old, cancellationToken));
        Assert.Single(await FindAsync(services, other, cancellationToken));

        await DeleteInDatabaseOnlyAsync(services, removed.Id, cancellationToken);
        Assert.True(await RepairAsync(services, cancellationToken));
        Assert.Empty(await FindAsync(services, deleted, cancellationToken));
        Assert.Equal([changed.Id], await FindAsync(services, fresh, cancellationToken));
        // In line now: stamps taken from records just saved equal those read back (PostgreSQL keeps microseconds only).
        Assert.False(await RepairAsync(services, cancellationToken));
    }

    private static string Word() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static Practice Practice(string title)
    {
        // Ticks below the microsecond on purpose: what the clock gives and PostgreSQL does not keep.
        var now = DateTimeOffset.UtcNow.AddTicks(7);
        return new Practice
        {
            Title = title, Summary = "A summary.", Language = "en", Category = KnowledgeCategory.Investigation,
            Status = KnowledgeStatus.Published, CreatedAt = now, UpdatedAt = now, PublishedAt = now,
        };
    }

    private static async Task SaveAndIndexAsync(IServiceProvider services, Practice[] practices, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        db.Practices.AddRange(practices);
        await db.SaveChangesAsync(cancellationToken);
        var indexer = scope.ServiceProvider.GetRequiredService<KnowledgeIndexer>();
        foreach (var practice in practices) await indexer.ChangedAsync(practice, cancellationToken);
    }

    private static async Task ChangeInDatabaseOnlyAsync(IServiceProvider services, Guid id, string title, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var practice = await db.Practices.SingleAsync(p => p.Id == id, cancellationToken);
        practice.Title = title;
        practice.UpdatedAt = practice.UpdatedAt.AddSeconds(1);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task DeleteInDatabaseOnlyAsync(IServiceProvider services, Guid id, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        db.Practices.Remove(await db.Practices.SingleAsync(p => p.Id == id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<bool> RepairAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KnowledgeIndexer>().EnsureInSyncAsync(cancellationToken);
    }

    private static async Task<List<Guid>> FindAsync(IServiceProvider services, string word, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<KnowledgeSearch>().SearchAsync(
            new KnowledgeSearchRequest(KnowledgeKind.Practice, word, "en", Actor.System), cancellationToken);
        return result.Hits.Select(h => h.Document.Id).ToList();
    }
}
