using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Reporting;
using Palermo.Testing;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

public class SubmissionServiceTests
{
    private static Dictionary<string, JsonElement> Answers(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Theory, AllDatabases]
    public async Task A_stale_token_is_refused_and_a_bad_answer_stores_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();
        var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        var created = await cycles.CreateAsync(Protocol.TIP, null, new DateOnly(2014, 1, 1), new DateOnly(2014, 6, 30));
        Assert.True((await cycles.MoveAsync(created.Value!.Id, CycleState.Open)).Succeeded);
        var cycle = (await cycles.FindAsync(created.Value.Id))!;

        var first = await submissions.SaveDraftAsync(cycle, "EGY", 0, Answers("""{"tip.criminalization.offence": "yes"}"""));
        Assert.True(first.Succeeded);
        Assert.Equal(1, first.Value!.Version);
        var second = await submissions.SaveDraftAsync(cycle, "EGY", 0, Answers("""{"tip.criminalization.offence": "no"}"""));
        Assert.Equal(ProblemCodes.ConcurrencyConflict, second.Problem?.Code);
        Assert.Equal(1, Assert.IsType<Submission>(second.Problem?.Current).Version);

        var bad = await submissions.SaveDraftAsync(cycle, "EGY", 1, Answers("""{"tip.criminalization.offence": "no", "tip.repatriation.days": 9999}"""));
        Assert.Equal(ProblemCodes.InvalidAnswers, bad.Problem?.Code);
        Assert.Equal(new FieldError("tip.repatriation.days", "out-of-range", "9999", IsAnswer: true), Assert.Single(bad.Problem!.FieldErrors));

        using var fresh = services.CreateScope();
        var stored = await fresh.ServiceProvider.GetRequiredService<SubmissionService>().GetAsync(cycle.Cycle.Id, "EGY");
        Assert.Equal(1, stored.Version);
        Assert.Equal("yes", QuestionnaireJson.ParseAnswers(stored.Answers)["tip.criminalization.offence"].GetString());

        var completeness = await cycles.CompletenessAsync(cycle.Cycle);
        Assert.Equal(1, completeness.InProgress);
        Assert.InRange(completeness.Rate, 0, 1);
        Assert.True(completeness.Expected > 100);
    }
}
