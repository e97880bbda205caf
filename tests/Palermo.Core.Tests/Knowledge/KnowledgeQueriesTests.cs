using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Data;
using Palermo.Knowledge;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Core.Tests.Knowledge;

/// <summary>The feed and the review queue read under the repository's one reading rule.</summary>
public class KnowledgeQueriesTests
{
    private static async Task<Dictionary<string, Guid>> SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var now = DateTimeOffset.UtcNow;
        var records = new Dictionary<string, KnowledgeRecord>(StringComparer.Ordinal)
        {
            ["published"] = new Practice { Title = "Published", Status = KnowledgeStatus.Published, PublishedAt = now, AuthorUserId = "focal-egy" },
            ["submitted"] = new Practice { Title = "Submitted", Status = KnowledgeStatus.Submitted, AuthorUserId = "focal-egy", AuthorCountryIso3 = "EGY" },
            ["draft"] = new CaseLaw { Title = "Draft", Status = KnowledgeStatus.Draft, AuthorUserId = "focal-egy" },
            ["submitted-case"] = new CaseLaw { Title = "Submitted case", Status = KnowledgeStatus.Submitted, AuthorUserId = "focal-nga" },
        };
        foreach (var record in records.Values)
        {
            record.CreatedAt = record.UpdatedAt = now;
            record.TranslationGroupId = record.Id;
            db.Add(record);
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return records.ToDictionary(r => r.Key, r => r.Value.Id, StringComparer.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task The_feed_holds_published_records_only_whoever_asks(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        var ids = await SeedAsync(services);
        using var scope = services.CreateScope();
        var feed = scope.ServiceProvider.GetRequiredService<KnowledgeFeedQuery>();

        foreach (var viewer in new[] { Actor.Anonymous, Actors.Named("focal-EGY"), Actors.Named("admin") })
            Assert.Equal([ids["published"]], (await feed.NewestAsync(viewer, cancellationToken: TestContext.Current.CancellationToken)).Select(e => e.Id));
        Assert.Empty(await feed.NewestAsync(Actor.Anonymous, KnowledgeKind.CaseLaw, TestContext.Current.CancellationToken));
    }

    [Theory, AllDatabases]
    public async Task The_review_queue_lists_submitted_records_for_the_secretariat_and_refuses_others(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        var ids = await SeedAsync(services);
        using var scope = services.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<KnowledgeReviewQueue>();

        var secretariat = await queue.ListAsync(Actors.Named("analyst"), TestContext.Current.CancellationToken);
        var author = await queue.ListAsync(Actors.Named("focal-EGY"), TestContext.Current.CancellationToken);

        Assert.Equal(new[] { ids["submitted"], ids["submitted-case"] }.Order(), secretariat.Value!.Select(i => i.Id).Order());
        Assert.Equal(ProblemCodes.Forbidden, author.Problem?.Code);
    }
}
