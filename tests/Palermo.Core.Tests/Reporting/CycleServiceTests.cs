using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.Testing;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

public class CycleServiceTests
{
    [Theory, AllDatabases]
    public async Task A_cycle_cannot_open_while_a_language_of_its_questionnaire_is_incomplete(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();
        var shipped = QuestionnaireLoader.Shipped().Single(q => q.Code == "som");
        var section = shipped.Sections[0];
        var incomplete = shipped with
        {
            Version = 2,
            Sections = [section with { Title = section.Title.Where(t => t.Key != "ru").ToDictionary(t => t.Key, t => t.Value) }, .. shipped.Sections.Skip(1)],
        };
        var questionnaire = new Questionnaire { Code = "som", Version = 2, Protocol = Protocol.SOM, Definition = QuestionnaireJson.Write(incomplete) };
        db.Questionnaires.Add(questionnaire);
        await db.SaveChangesAsync();

        var cycle = await cycles.CreateAsync(Protocol.SOM, questionnaire.Id, new DateOnly(2014, 1, 1), new DateOnly(2014, 3, 1));
        var opened = await cycles.MoveAsync(cycle.Value!.Id, CycleState.Open);

        Assert.Equal(ReportingOutcome.IncompleteLanguages, opened.Outcome);
        Assert.Equal("ru", opened.Detail);
        Assert.Equal(CycleState.Draft, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycle.Value.Id)).State);
        Assert.Equal(ReportingOutcome.WrongState, (await cycles.MoveAsync(cycle.Value.Id, CycleState.Closed)).Outcome);
    }

    [Theory, AllDatabases]
    public async Task States_that_joined_after_the_opening_date_are_listed_apart_and_last_cycles_answers_can_be_carried_over(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();
        var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        var party = await db.TreatyParticipations.Where(p => p.Protocol == Protocol.TIP && p.ConsentDate != null).OrderByDescending(p => p.ConsentDate).FirstAsync();
        var opening = party.ConsentDate!.Value.AddDays(-1);

        var earlier = (await cycles.CreateAsync(Protocol.TIP, null, opening.AddYears(-2), opening.AddYears(-2).AddMonths(3))).Value!;
        await cycles.MoveAsync(earlier.Id, CycleState.Open);
        var earlierDetail = (await cycles.FindAsync(earlier.Id))!;
        var answers = Demo.DemoReporting.Generate(earlierDetail.Definition, new Random(5));
        var country = (await cycles.RespondentsAsync(earlier)).Expected.First().Iso3;
        Assert.True((await submissions.SaveDraftAsync(earlierDetail, country, 0, answers)).Succeeded);
        Assert.True((await submissions.SubmitAsync(earlierDetail, country, null)).Succeeded);

        var cycle = (await cycles.CreateAsync(Protocol.TIP, null, opening, opening.AddMonths(3))).Value!;
        await cycles.MoveAsync(cycle.Id, CycleState.Open);
        var (expected, late) = await cycles.RespondentsAsync(cycle);
        Assert.Contains(party.CountryIso3, late);
        Assert.DoesNotContain(expected, e => e.Iso3 == party.CountryIso3);
        var report = await cycles.CompletenessAsync(cycle);
        Assert.Contains(party.CountryIso3, report.LateJoiners);
        Assert.Equal(expected.Count, report.Expected);

        var detail = (await cycles.FindAsync(cycle.Id))!;
        var carried = await submissions.StartFromPreviousAsync(detail, country, 0);
        Assert.True(carried.Succeeded);
        Assert.Equal(SubmissionState.InProgress, carried.Value!.State);
        Assert.Equal(answers.Count, QuestionnaireJson.ParseAnswers(carried.Value.Answers).Count);
        Assert.Equal(ReportingOutcome.NotFound, (await submissions.StartFromPreviousAsync(detail, expected.Last().Iso3, 0)).Outcome);
    }
}
