using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Data;
using Palermo.Demo;
using Palermo.Reporting;
using Palermo.Testing;
using Palermo.Tests.Access;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

/// <summary>
/// The submission use cases where their rules live: the same workflow the API's reporting tests drive over HTTP, asked of
/// <see cref="SubmissionWorkflow"/> by actors, on both engines.
/// </summary>
public sealed class SubmissionWorkflowTests
{
    private static Actor Named(string name) => Actors.Named(name);

    /// <summary>An open TIP cycle (all six languages complete in the shipped questionnaire) and valid answers for it.</summary>
    private static async Task<(int Id, Dictionary<string, JsonElement> Answers)> OpenCycleAsync(IServiceProvider services)
    {
        await using var scope = services.As(Actor.System);
        var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();
        var created = await cycles.CreateAsync(Protocol.TIP, null, new DateOnly(2014, 1, 1), new DateOnly(2014, 6, 30));
        Assert.Null((await cycles.MoveAsync(created.Value!.Id, CycleState.Open)).Problem);
        var detail = (await cycles.FindAsync(created.Value.Id))!;
        return (created.Value.Id, DemoReporting.Generate(detail.Definition, new Random(7)));
    }

    private static async Task<Outcome<SubmissionChange>> ActAsync(IServiceProvider services, string actor,
        Func<SubmissionWorkflow, Actor, Task<Outcome<SubmissionChange>>> act)
    {
        await using var scope = services.As(Named(actor));
        return await act(scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>(), Named(actor));
    }

    private static async Task<Outcome<SubmissionCase>> OpenAsync(IServiceProvider services, string actor, int cycleId, string iso3, ReportingPermission permission)
    {
        await using var scope = services.As(Named(actor));
        return await scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>().OpenAsync(Named(actor), cycleId, iso3, permission);
    }

    [Theory, AllDatabases]
    public async Task A_contributor_drafts_the_focal_point_submits_the_secretariat_returns_then_accepts(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var (id, answers) = await OpenCycleAsync(services);

        var draft = await ActAsync(services, "contributor-EGY", (w, a) => w.SaveDraftAsync(a, id, "EGY", new ConcurrencyToken(0), answers));
        Assert.Equal((SubmissionState.InProgress, 1), (draft.Value?.Submission.State, draft.Value?.Submission.Version));
        Assert.Equal(ProblemCodes.Forbidden, (await ActAsync(services, "contributor-EGY", (w, a) => w.SubmitAsync(a, id, "EGY"))).Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, (await ActAsync(services, "admin", (w, a) => w.SaveDraftAsync(a, id, "EGY", new ConcurrencyToken(1), answers))).Problem?.Code);

        var submitted = await ActAsync(services, "focal-EGY", (w, a) => w.SubmitAsync(a, id, "egy"));
        Assert.Equal((SubmissionState.Submitted, 2), (submitted.Value?.Submission.State, submitted.Value?.Submission.Version));
        var locked = await ActAsync(services, "contributor-EGY", (w, a) => w.SaveDraftAsync(a, id, "EGY", new ConcurrencyToken(2), answers));
        Assert.Equal(ProblemCodes.SubmissionLocked, locked.Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, (await ActAsync(services, "focal-EGY", (w, a) => w.AcceptAsync(a, id, "EGY"))).Problem?.Code);
        Assert.Equal(ProblemCodes.NothingToSubmit, (await ActAsync(services, "focal-EGY", (w, a) => w.SubmitAsync(a, id, "EGY"))).Problem?.Code);

        var returned = await ActAsync(services, "analyst", (w, a) =>
            w.ReturnAsync(a, id, "EGY", [new ReturnComment("tip.criminalization.law", "Please add the article.")]));
        Assert.Equal(SubmissionState.Returned, returned.Value?.Submission.State);
        Assert.Equal("tip.criminalization.law", Assert.Single(SubmissionService.CommentsOf(returned.Value!.Submission)).Question);
        Assert.Equal(ProblemCodes.NotSubmitted, (await ActAsync(services, "admin", (w, a) => w.AcceptAsync(a, id, "EGY"))).Problem?.Code);

        answers["tip.criminalization.law"] = JsonSerializer.SerializeToElement(new { title = "Law 64 of 2010", article = "2" });
        Assert.True((await ActAsync(services, "contributor-EGY", (w, a) => w.SaveDraftAsync(a, id, "EGY", new ConcurrencyToken(3), answers))).Succeeded);
        var resubmitted = await ActAsync(services, "focal-EGY", (w, a) => w.SubmitAsync(a, id, "EGY"));
        Assert.Null(resubmitted.Value?.Submission.ReturnComments);
        var accepted = await ActAsync(services, "admin", (w, a) => w.AcceptAsync(a, id, "EGY"));
        Assert.Equal((SubmissionState.Accepted, 6), (accepted.Value?.Submission.State, accepted.Value?.Submission.Version));

        await using var scope = services.As(Named("focal-EGY"));
        var versions = await scope.ServiceProvider.GetRequiredService<SubmissionService>().VersionsAsync(accepted.Value!.Submission.Id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("focal-egy", versions[1].SubmittedBy);
    }

    [Theory, AllDatabases]
    public async Task A_stale_token_is_a_conflict_carrying_the_current_submission_and_a_later_save_needs_a_token(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var (id, _) = await OpenCycleAsync(services);
        var yes = new Dictionary<string, JsonElement> { ["tip.criminalization.offence"] = JsonSerializer.SerializeToElement("yes") };
        var no = new Dictionary<string, JsonElement> { ["tip.criminalization.offence"] = JsonSerializer.SerializeToElement("no") };

        Assert.True((await ActAsync(services, "contributor-NGA", (w, a) => w.SaveDraftAsync(a, id, "NGA", new ConcurrencyToken(0), yes))).Succeeded);
        var theirs = await ActAsync(services, "focal-NGA", (w, a) => w.SaveDraftAsync(a, id, "NGA", new ConcurrencyToken(0), no));

        Assert.Equal(ProblemCodes.ConcurrencyConflict, theirs.Problem?.Code);
        var current = Assert.IsType<Submission>(theirs.Problem!.Current);
        Assert.Equal(1, current.Version);
        Assert.Equal("yes", QuestionnaireJson.ParseAnswers(current.Answers)["tip.criminalization.offence"].GetString());
        Assert.Equal(ProblemCodes.ConcurrencyTokenRequired,
            (await ActAsync(services, "focal-NGA", (w, a) => w.SaveDraftAsync(a, id, "NGA", ConcurrencyToken.None, no))).Problem?.Code);
        Assert.Equal(ProblemCodes.InvalidConcurrencyToken,
            (await ActAsync(services, "focal-NGA", (w, a) => w.SaveDraftAsync(a, id, "NGA", ConcurrencyToken.Invalid, no))).Problem?.Code);
        Assert.True((await ActAsync(services, "focal-NGA", (w, a) => w.SaveDraftAsync(a, id, "NGA", new ConcurrencyToken(1), no))).Succeeded);
    }

    [Theory, AllDatabases]
    public async Task Another_countrys_focal_point_finds_nothing_until_the_country_agrees_to_publication(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var (id, answers) = await OpenCycleAsync(services);
        Assert.True((await ActAsync(services, "contributor-NGA", (w, a) => w.SaveDraftAsync(a, id, "NGA", new ConcurrencyToken(0), answers))).Succeeded);
        Assert.True((await ActAsync(services, "focal-NGA", (w, a) => w.SubmitAsync(a, id, "NGA"))).Succeeded);

        // Every use case on another country's unpublished submission answers as if there were none, or refuses the role.
        Assert.Equal(ProblemKind.NotFound, (await OpenAsync(services, "focal-EGY", id, "NGA", ReportingPermission.ReadSubmission)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await OpenAsync(services, "focal-EGY", id, "nga", ReportingPermission.ReadSubmission)).Problem?.Kind);
        foreach (var attempt in new Func<SubmissionWorkflow, Actor, Task<Outcome<SubmissionChange>>>[]
                 {
                     (w, a) => w.SaveDraftAsync(a, id, "NGA", new ConcurrencyToken(2), answers),
                     (w, a) => w.StartFromPreviousAsync(a, id, "NGA", new ConcurrencyToken(2)),
                     (w, a) => w.SubmitAsync(a, id, "NGA"),
                     (w, a) => w.AcceptAsync(a, id, "NGA"),
                     (w, a) => w.ReturnAsync(a, id, "NGA", [new ReturnComment("tip.criminalization.law", "x")]),
                     (w, a) => w.DecidePublicationAsync(a, id, "NGA", true),
                 })
            Assert.True((await ActAsync(services, "focal-EGY", attempt)).Problem?.Kind is ProblemKind.NotFound or ProblemKind.Forbidden);

        var agreed = await ActAsync(services, "focal-NGA", (w, a) => w.DecidePublicationAsync(a, id, "NGA", true));
        // Recording the decision is not an answer change: the token a contributor holds stays valid.
        Assert.Equal((true, 2), (agreed.Value?.Submission.IsPublic, agreed.Value?.Submission.Version));
        var read = await OpenAsync(services, "focal-EGY", id, "NGA", ReportingPermission.ReadSubmission);
        Assert.True(read.Value?.AsPublished);
        Assert.True((await OpenAsync(services, "contributor-EGY", id, "NGA", ReportingPermission.ReadSubmission)).Succeeded);
        Assert.Equal(ProblemCodes.Forbidden, (await OpenAsync(services, "focal-EGY", id, "NGA", ReportingPermission.ReadWorkingCopy)).Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, (await ActAsync(services, "focal-EGY", (w, a) => w.DecidePublicationAsync(a, id, "NGA", false))).Problem?.Code);
        // Competent-authority officers and partners are not the readers the country agreed to.
        Assert.Equal(ProblemKind.NotFound, (await OpenAsync(services, "officer-EGY", id, "NGA", ReportingPermission.ReadSubmission)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await OpenAsync(services, "partner", id, "NGA", ReportingPermission.ReadSubmission)).Problem?.Kind);

        Assert.True((await ActAsync(services, "admin", (w, a) => w.DecidePublicationAsync(a, id, "NGA", false))).Succeeded);
        Assert.Equal(ProblemKind.NotFound, (await OpenAsync(services, "focal-EGY", id, "NGA", ReportingPermission.ReadSubmission)).Problem?.Kind);
        Assert.Equal(ProblemCodes.PublicationConsentRequired, (await ActAsync(services, "focal-NGA", (w, a) => w.DecidePublicationAsync(a, id, "NGA", null))).Problem?.Code);

        await using var system = services.As(Actor.System);
        var db = system.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == "reporting.publication-consent" && a.EntityId == $"{id}/NGA").ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("NGA", a.CountryIso3));
        Assert.All(await db.SubmissionVersions.Where(v => v.CycleId == id).ToListAsync(), v => Assert.False(v.IsPublic));
    }

    [Theory, AllDatabases]
    public async Task A_draft_cycle_is_hidden_from_everyone_but_the_secretariat(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        int id;
        await using (var scope = services.As(Actor.System))
            id = (await scope.ServiceProvider.GetRequiredService<CycleService>().CreateAsync(Protocol.TIP, null, new DateOnly(2015, 1, 1), new DateOnly(2015, 6, 30))).Value!.Id;

        Assert.Equal(ProblemCodes.NotFound, (await OpenAsync(services, "focal-EGY", id, "EGY", ReportingPermission.ReadSubmission)).Problem?.Code);
        Assert.Equal(ProblemCodes.NotFound, (await OpenAsync(services, "contributor-EGY", id, "EGY", ReportingPermission.DraftAnswers)).Problem?.Code);
        Assert.True((await OpenAsync(services, "analyst", id, "EGY", ReportingPermission.ReadSubmission)).Succeeded);
        // The secretariat sees the cycle, but nobody answers a cycle that is not open.
        Assert.Equal(ProblemCodes.CycleNotOpen, (await ActAsync(services, "admin", (w, a) => w.DecidePublicationAsync(a, id, "EGY", true))).Problem?.Code);
    }

    [Theory, AllDatabases]
    public async Task A_role_without_the_right_is_refused_before_the_cycle_is_looked_up(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        var (id, _) = await OpenCycleAsync(services);

        Assert.Equal(ProblemCodes.Forbidden, (await OpenAsync(services, "officer-EGY", id, "EGY", ReportingPermission.ReadSubmission)).Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, (await OpenAsync(services, "officer-EGY", 999_999, "EGY", ReportingPermission.ReadSubmission)).Problem?.Code);
        Assert.Equal(ProblemCodes.NotFound, (await OpenAsync(services, "focal-EGY", 999_999, "EGY", ReportingPermission.ReadSubmission)).Problem?.Code);
        Assert.Equal(ProblemKind.NotFound, (await OpenAsync(services, "anonymous", id, "EGY", ReportingPermission.ReadSubmission)).Problem?.Kind);
        var own = await OpenAsync(services, "contributor-EGY", id, "EGY", ReportingPermission.ReadSubmission);
        Assert.Equal(SubmissionAccess.Draft, own.Value?.Access);
    }
}
