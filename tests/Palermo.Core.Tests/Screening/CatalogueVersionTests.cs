using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;

namespace Palermo.Core.Tests.Screening;

/// <summary>The catalogue as versioned data: seeded from the file, edited by the secretariat, read by the engine.</summary>
public class CatalogueVersionTests
{
    private const string Id = "ilo-ec-2009-labour";

    private static readonly Actor Admin = Actor.Of("user-1", [PalermoRoles.SecretariatAdmin]);

    /// <summary>EX01 (strong) and EX02 (medium) for an adult: one strong and one medium make exploitative conditions positive.</summary>
    private static readonly string[] OnlyStrongPlusMedium = ["EX01", "EX02"];

    [Theory, AllDatabases]
    public async Task The_shipped_file_becomes_version_1_once(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using (var scope = services.CreateScope())
        {
            // A second start (a second node, a restart) must not add another version.
            await scope.ServiceProvider.GetRequiredService<Palermo.Hosting.DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        }
        using var check = services.CreateScope();
        var store = check.ServiceProvider.GetRequiredService<LabourCatalogueStore>();
        var version = Assert.Single(await store.VersionsAsync(TestContext.Current.CancellationToken));
        Assert.Equal((Id, 1), (version.CatalogueId, version.Version));
        var current = await store.CurrentAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new CatalogueReference(Id, 1), current.Evaluator.CatalogueReference);
        Assert.Equal(67, current.Catalogue.Dimensions.Sum(d => d.Indicators.Count(i => i.Strength.Adult is not null)));
    }

    [Theory, AllDatabases]
    public async Task A_weight_edit_is_a_new_version_that_the_engine_uses_and_the_old_one_is_kept(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<LabourCatalogueStore>();
        var before = (await store.CurrentAsync(TestContext.Current.CancellationToken)).Evaluator.Evaluate(Palermo.Screening.ScreeningProfile.Adult, false, OnlyStrongPlusMedium);
        Assert.True(before.Result!.Dimensions.Single(d => d.Id == "exploitative-conditions").Positive);

        // EX01 strong -> weak: one weak and one medium no longer make the dimension positive.
        var outcome = await store.SaveAsync(Admin, new LabourCatalogueEdit(1, [new IndicatorEdit("EX01", new WeightEdit(Adult: "weak"))], Note: "test"),
            "secretariat@demo.test", TestContext.Current.CancellationToken);

        Assert.Null(outcome.Problem);
        Assert.True(outcome.Value!.Created);
        Assert.Equal(["EX01.weight.adult"], outcome.Value.Changes);
        var current = await store.CurrentAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new CatalogueReference(Id, 2), current.Evaluator.CatalogueReference);
        var after = current.Evaluator.Evaluate(Palermo.Screening.ScreeningProfile.Adult, false, OnlyStrongPlusMedium).Result!;
        var conditions = after.Dimensions.Single(d => d.Id == "exploitative-conditions");
        Assert.Equal((0, 1, 1, false), (conditions.Strong, conditions.Medium, conditions.Weak, conditions.Positive));
        Assert.Equal(2, after.Catalogue.Version);

        var old = await store.GetAsync(1, TestContext.Current.CancellationToken);
        Assert.Equal(IndicatorWeight.Strong, old!.Catalogue.Dimensions.SelectMany(d => d.Indicators).Single(i => i.Id == "EX01").Strength.Adult);
        var versions = await store.VersionsAsync(TestContext.Current.CancellationToken);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal(("user-1", "secretariat@demo.test", "test"), (versions[0].CreatedByUserId, versions[0].CreatedByName, versions[0].Note));

        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "screening-catalogue.edited", TestContext.Current.CancellationToken);
        Assert.Contains("EX01.weight.adult", audit.Details, StringComparison.Ordinal);

        // A saved assessment records the version that produced it.
        var recorder = scope.ServiceProvider.GetRequiredService<LabourAssessmentRecorder>();
        var assessed = await recorder.AssessAsync(Actor.Of("practitioner", [PalermoRoles.Practitioner]),
            new LabourAssessmentAsk("adult", false, OnlyStrongPlusMedium, Save: true, new AnonymousRecordInput("ITA", null, null, null)),
            TestContext.Current.CancellationToken);
        Assert.Equal((Id, 2), (assessed.Value!.Record!.CatalogueId, assessed.Value.Record.CatalogueVersion));
    }

    [Theory, AllDatabases]
    public async Task Wording_edits_change_one_language_and_keep_the_others(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<LabourCatalogueStore>();
        var arabic = (await store.CurrentAsync(TestContext.Current.CancellationToken)).IndicatorName("DR01", "ar");

        var outcome = await store.SaveAsync(Admin, new LabourCatalogueEdit(Indicators: [new IndicatorEdit("DR01",
                Name: new Dictionary<string, string?> { ["fr"] = "Tromperie sur l'emploi" },
                Explanation: new Dictionary<string, string?> { ["es"] = "Se engañó a la persona." })]),
            null, TestContext.Current.CancellationToken);

        Assert.Equal(["DR01.name.fr", "DR01.explanation.es"], outcome.Value!.Changes);
        var current = await store.CurrentAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Tromperie sur l'emploi", current.IndicatorName("DR01", "fr"));
        Assert.Equal(arabic, current.IndicatorName("DR01", "ar"));
        Assert.Equal("Se engañó a la persona.", current.Translations.Indicators["DR01"].Explanation!.Es);
        Assert.Empty(current.Translations.MissingTexts(current.Catalogue));
    }

    [Theory, AllDatabases]
    public async Task An_invalid_edit_names_each_value_and_stores_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<LabourCatalogueStore>();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var auditBefore = await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken);

        var outcome = await store.SaveAsync(Admin, new LabourCatalogueEdit(Indicators:
            [
                new IndicatorEdit("ZZ99", new WeightEdit(Adult: "weak")),
                new IndicatorEdit("EX01", new WeightEdit(Adult: "heavy")),
                new IndicatorEdit("DR01", Name: new Dictionary<string, string?> { ["ru"] = "  " }),
                new IndicatorEdit("DR02", Question: new Dictionary<string, string?> { ["de"] = "Wurden Sie getäuscht?" }),
                // A valid part of an invalid edit is not stored either.
                new IndicatorEdit("CD01", new WeightEdit(Adult: "weak")),
            ]), null, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Value);
        Assert.Equal(ProblemCodes.InvalidInput, outcome.Problem!.Code);
        Assert.Equal(
            [("catalogue-indicator-unknown", "ZZ99"), ("catalogue-weight-invalid", "heavy"), ("catalogue-text-empty", "DR01.name.ru"), ("catalogue-language-unknown", "de")],
            outcome.Problem.FieldErrors.Select(p => (p.Code, p.Value)));
        Assert.Equal(1, await db.LabourCatalogueVersions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, (await store.CurrentAsync(TestContext.Current.CancellationToken)).Catalogue.Version);
    }

    [Theory, AllDatabases]
    public async Task An_edit_based_on_an_old_version_is_a_conflict_and_an_unchanged_edit_creates_no_version(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<LabourCatalogueStore>();

        var same = await store.SaveAsync(Admin, new LabourCatalogueEdit(1, [new IndicatorEdit("EX01", new WeightEdit(Adult: "strong"))]), null, TestContext.Current.CancellationToken);
        Assert.False(same.Value!.Created);
        Assert.Equal(1, same.Value.Version.Version);

        var first = await store.SaveAsync(Admin, new LabourCatalogueEdit(1, [new IndicatorEdit("EX01", new WeightEdit(Child: "medium"))]), null, TestContext.Current.CancellationToken);
        Assert.Equal(2, first.Value!.Version.Version);
        var stale = await store.SaveAsync(Admin, new LabourCatalogueEdit(1, [new IndicatorEdit("EX02", new WeightEdit(Child: "weak"))]), null, TestContext.Current.CancellationToken);
        Assert.Equal((ProblemCodes.CatalogueVersionConflict, 2), (stale.Problem!.Code, stale.Problem.Current));
        Assert.Equal([2, 1], (await store.VersionsAsync(TestContext.Current.CancellationToken)).Select(v => v.Version));
    }

    [Fact]
    public void The_editor_keeps_members_it_does_not_know_and_sets_the_new_version()
    {
        var shipped = LabourScreeningCatalogue.FromReferenceData();
        var outcome = LabourCatalogueEditor.Apply(shipped.CatalogueJson, shipped.TranslationsJson, 7,
            new LabourCatalogueEdit(Indicators: [new IndicatorEdit("RV07", Strength: new WeightEdit(Child: "Medium"))]));

        Assert.Empty(outcome.Problems);
        Assert.Equal(["RV07.weight.child"], outcome.Changes);
        var edited = LabourScreeningCatalogue.FromJson(outcome.CatalogueJson, outcome.TranslationsJson);
        Assert.Equal(7, edited.Catalogue.Version);
        Assert.Equal(shipped.Catalogue.Caveat, edited.Catalogue.Caveat);
        Assert.Equal(shipped.Catalogue.Outcomes.Child.Count, edited.Catalogue.Outcomes.Child.Count);
        // RV07 had no child weight: now it applies to children.
        Assert.True(edited.Evaluator.Evaluate(ScreeningProfile.Child, false, ["RV07"]).IsValid);
        Assert.False(shipped.Evaluator.Evaluate(ScreeningProfile.Child, false, ["RV07"]).IsValid);
    }
}
