using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Knowledge;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Tests.Knowledge;

/// <summary>
/// Who may change a practice and when, where the rule lives: the same rules the API's knowledge editing tests drive over
/// HTTP, asked of <see cref="KnowledgeService"/> by actors, on both engines.
/// </summary>
public sealed class KnowledgeEditingTests
{
    private static readonly Actor Author = Actors.Named("focal-NGA");
    private static readonly Actor Other = Actors.Named("focal-EGY");
    private static readonly Actor Reviewer = Actors.Named("analyst");

    private static PracticeInput Practice(string title = "Shelter referral protocol", string category = "protection-and-assistance") =>
        new(title, "Labour inspectors refer possible victims to shelters.", "<p>Inspectors, police and shelters agreed one referral form.</p>",
            "en", category, Countries: ["NGA"], Protocols: ["TIP"], Articles: ["TIP 6"]);

    private static async Task<T> AsAsync<T>(IServiceProvider services, Actor actor, Func<KnowledgeService, Task<T>> act)
    {
        await using var scope = services.As(actor);
        return await act(scope.ServiceProvider.GetRequiredService<KnowledgeService>());
    }

    private static async Task<Guid> CreateAsync(IServiceProvider services)
    {
        var created = await AsAsync(services, Author, k => k.CreateAsync(Author, Practice()));
        Assert.Equal(KnowledgeStatus.Submitted, created.Value?.Status);
        return created.Value!.Id;
    }

    [Theory, AllDatabases]
    public async Task The_author_edits_only_after_changes_are_requested_and_each_change_is_a_revision(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var id = await CreateAsync(services);

        // Submitted: the secretariat's to change now, not the author's.
        var early = await AsAsync(services, Author, k => k.UpdateAsync(Author, id, Practice("Too early")));
        Assert.Equal((ProblemCodes.KnowledgeNotEditable, "submitted"), (early.Problem?.Code, early.Problem?.Detail));

        Assert.True((await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, id, KnowledgeTransition.RequestChanges, "Please name the shelters."))).Succeeded);
        var edited = await AsAsync(services, Author, k => k.UpdateAsync(Author, id, Practice("Referral protocol with named shelters")));
        Assert.Equal(("Referral protocol with named shelters", KnowledgeStatus.ChangesRequested), (edited.Value?.Title, edited.Value?.Status));
        var submitted = await AsAsync(services, Author, k => k.SubmitAsync<Practice>(Author, id));
        Assert.Equal(KnowledgeStatus.Submitted, submitted.Value?.Status);

        var revisions = await AsAsync(services, Reviewer, k => k.RevisionsAsync(id));
        Assert.Equal(["created", "changes-requested", "updated", "submitted"], revisions.Select(r => r.Action));
        Assert.Equal(["focal-nga", "analyst", "focal-nga", "focal-nga"], revisions.Select(r => r.ChangedByUserId));
        Assert.Equal([1, 2, 3, 4], revisions.Select(r => r.Version));
    }

    [Theory, AllDatabases]
    public async Task Others_find_nothing_unpublished_may_not_edit_and_bad_input_changes_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var id = await CreateAsync(services);

        Assert.Equal(ProblemCodes.NotFound, (await AsAsync(services, Other, k => k.UpdateAsync(Other, id, Practice()))).Problem?.Code);
        Assert.Null(await AsAsync(services, Other, k => k.FindAsync<Practice>(id, Other)));
        Assert.Null(await AsAsync(services, Actor.Anonymous, k => k.FindAsync<Practice>(id, Actor.Anonymous)));
        Assert.Equal(ProblemCodes.NotFound, (await AsAsync(services, Other, k => k.SubmitAsync<Practice>(Other, id))).Problem?.Code);
        var practitioner = Actors.Named("practitioner-EGY");
        Assert.Equal(ProblemCodes.Forbidden, (await AsAsync(services, practitioner, k => k.UpdateAsync(practitioner, id, Practice()))).Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, (await AsAsync(services, Author, k => k.ReviewAsync<Practice>(Author, id, KnowledgeTransition.Publish, null))).Problem?.Code);
        Assert.Equal(ProblemCodes.NotFound, (await AsAsync(services, Reviewer, k => k.UpdateAsync(Reviewer, Guid.NewGuid(), Practice()))).Problem?.Code);

        var refused = await AsAsync(services, Reviewer, k => k.UpdateAsync(Reviewer, id, Practice("Changed title", category: "cooking")));
        Assert.Equal(ProblemCodes.InvalidInput, refused.Problem?.Code);
        Assert.Contains(refused.Problem!.FieldErrors, e => e.Value == "cooking");
        var stored = await AsAsync(services, Reviewer, k => k.FindAsync<Practice>(id, Reviewer));
        Assert.Equal(("Shelter referral protocol", 1), (stored?.Title, stored?.Version));
        Assert.Single(await AsAsync(services, Reviewer, k => k.RevisionsAsync(id)));

        // Published: other people read it but may not change it; nor may its author.
        Assert.True((await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, id, KnowledgeTransition.Publish, null))).Succeeded);
        Assert.NotNull(await AsAsync(services, Other, k => k.FindAsync<Practice>(id, Other)));
        Assert.Equal(ProblemCodes.KnowledgeNotAuthor, (await AsAsync(services, Other, k => k.UpdateAsync(Other, id, Practice()))).Problem?.Code);
        var late = await AsAsync(services, Author, k => k.UpdateAsync(Author, id, Practice()));
        Assert.Equal((ProblemCodes.KnowledgeNotEditable, "published"), (late.Problem?.Code, late.Problem?.Detail));
        Assert.True((await AsAsync(services, Reviewer, k => k.UpdateAsync(Reviewer, id, Practice("Edited by the secretariat")))).Succeeded);
    }

    [Theory, AllDatabases]
    public async Task Asking_for_changes_twice_names_the_status_the_record_is_in_and_the_note_stays(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var id = await CreateAsync(services);
        const string note = "Please name the shelters.";

        Assert.True((await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, id, KnowledgeTransition.RequestChanges, note))).Succeeded);
        var again = await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, id, KnowledgeTransition.RequestChanges, note));
        Assert.Equal(ProblemCodes.InvalidTransition, again.Problem?.Code);
        Assert.Equal(new FieldError("status", "invalid-transition", "changes-requested"), Assert.Single(again.Problem!.FieldErrors));

        var published = await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, id, KnowledgeTransition.Publish, null));
        Assert.Equal((KnowledgeStatus.Published, note), (published.Value?.Status, published.Value?.ReviewNote));
        Assert.NotNull(published.Value?.PublishedAt);
        var rejected = await AsAsync(services, Reviewer, k => k.ReviewAsync<Practice>(Reviewer, id, KnowledgeTransition.Reject, null));
        Assert.Equal(new FieldError("status", "invalid-transition", "published"), Assert.Single(rejected.Problem!.FieldErrors));
    }
}
