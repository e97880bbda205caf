using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Knowledge;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Tests.Knowledge;

/// <summary>
/// <c>translationOf</c> is looked up among the records the author may see: someone else's unpublished record answers
/// exactly like a missing one, so creating a translation cannot probe for it.
/// </summary>
public sealed class TranslationOfTests
{
    private static readonly Actor Author = Actors.Named("focal-NGA");
    private static readonly Actor Other = Actors.Named("focal-EGY");
    private static readonly Actor Reviewer = Actors.Named("analyst");

    private static PracticeInput Practice(string language, Guid? translationOf = null) =>
        new("Shelter referral protocol", "Labour inspectors refer possible victims to shelters.", null,
            language, "protection-and-assistance", Countries: ["NGA"], TranslationOf: translationOf);

    private static async Task<T> AsAsync<T>(IServiceProvider services, Actor actor, Func<KnowledgeService, Task<T>> act)
    {
        await using var scope = services.As(actor);
        return await act(scope.ServiceProvider.GetRequiredService<KnowledgeService>());
    }

    [Theory, AllDatabases]
    public async Task An_invisible_original_is_refused_like_an_unknown_one_and_a_visible_one_is_joined(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var original = (await AsAsync(services, Author, k => k.CreateAsync(Author, Practice("en")))).Value!;
        var missing = Guid.NewGuid();

        var hidden = await AsAsync(services, Other, k => k.CreateAsync(Other, Practice("fr", original.Id)));
        var unknown = await AsAsync(services, Other, k => k.CreateAsync(Other, Practice("fr", missing)));
        Assert.Equal(ProblemCodes.InvalidInput, hidden.Problem?.Code);
        Assert.Equal(new FieldError("translationOf", "unknown-record", original.Id.ToString()), Assert.Single(hidden.Problem!.FieldErrors));
        Assert.Equal(new FieldError("translationOf", "unknown-record", missing.ToString()), Assert.Single(unknown.Problem!.FieldErrors));

        // Its own author sees the submitted record, and everyone sees it once it is published.
        var byAuthor = await AsAsync(services, Author, k => k.CreateAsync(Author, Practice("es", original.Id)));
        Assert.Equal(original.TranslationGroupId, byAuthor.Value?.TranslationGroupId);
        Assert.True((await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, original.Id, KnowledgeTransition.Publish, null))).Succeeded);
        var afterPublishing = await AsAsync(services, Other, k => k.CreateAsync(Other, Practice("fr", original.Id)));
        Assert.Equal(original.TranslationGroupId, afterPublishing.Value?.TranslationGroupId);
    }
}
