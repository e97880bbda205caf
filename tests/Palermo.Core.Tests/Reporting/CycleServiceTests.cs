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

        Assert.Equal(ProblemCodes.IncompleteLanguages, opened.Problem?.Code);
        Assert.Equal("ru", opened.Problem?.Detail);
        Assert.Equal(CycleState.Draft, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycle.Value.Id)).State);
        Assert.Equal(ProblemCodes.WrongState, (await cycles.MoveAsync(cycle.Value.Id, CycleState.Closed)).Problem?.Code);
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
        Assert.Equal(ProblemCodes.NoPreviousAnswers, (await submissions.StartFromPreviousAsync(detail, expected.Last().Iso3, 0)).Problem?.Code);
    }

    [Theory, AllDatabases]
    public async Task The_analysis_is_compared_with_earlier_cycles_of_the_protocol_in_the_same_region(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();
        var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();

        async Task<CycleDetail> OpenAsync(DateOnly opens, bool open = true)
        {
            var created = (await cycles.CreateAsync(Protocol.TIP, null, opens, opens.AddMonths(3))).Value!;
            if (open) await cycles.MoveAsync(created.Id, CycleState.Open);
            return (await cycles.FindAsync(created.Id))!;
        }
        async Task AnswerAsync(CycleDetail cycle, string iso3, int seed)
        {
            Assert.True((await submissions.SaveDraftAsync(cycle, iso3, 0, Demo.DemoReporting.Generate(cycle.Definition, new Random(seed)))).Succeeded);
            Assert.True((await submissions.SubmitAsync(cycle, iso3, null)).Succeeded);
        }

        var earlier = await OpenAsync(new DateOnly(2020, 1, 1));
        await OpenAsync(new DateOnly(2021, 1, 1), open: false); // a draft in between is not compared with
        var current = await OpenAsync(new DateOnly(2022, 1, 1));
        var later = await OpenAsync(new DateOnly(2023, 1, 1));
        var expected = (await cycles.RespondentsAsync(earlier.Cycle)).Expected;
        var africa = expected.Where(e => e.RegionM49 == "002").Take(3).ToList();
        var elsewhere = expected.Where(e => e.RegionM49 != "002").Take(3).ToList();
        Assert.Equal(3, africa.Count);
        var seed = 1;
        foreach (var state in africa.Concat(elsewhere)) await AnswerAsync(earlier, state.Iso3, seed++);
        foreach (var state in africa.Take(2).Concat(elsewhere)) await AnswerAsync(current, state.Iso3, seed++);
        await AnswerAsync(later, africa[0].Iso3, seed);

        var report = await cycles.AnalysisAsync(current, "en", null);
        var before = await cycles.AnalysisAsync(earlier, "en", null);

        var compared = Assert.Single(report.EarlierCycles);
        Assert.Equal((earlier.Cycle.Id, earlier.Cycle.Name, 6), (compared.CycleId, compared.Cycle, compared.Respondents));
        Assert.Empty(before.EarlierCycles);
        foreach (var question in report.Questions.Where(q => q.Distribution.Count > 0))
        {
            var then = Assert.Single(question.Earlier);
            var own = before.Questions.Single(q => q.Question == question.Question);
            Assert.Equal(own.Answered, then.Answered);
            Assert.Equal(own.Distribution.Select(d => (d.Value, d.Count, d.Share)), then.Distribution.Select(d => (d.Value, d.Count, d.Share)));
            Assert.Equal(question.Distribution.Select(d => Math.Round((d.Share - own.Distribution.Single(o => o.Value == d.Value).Share) * 100, 1, MidpointRounding.AwayFromZero)),
                then.Distribution.Select(d => d.ChangePoints));
        }
        var headline = report.Headlines.Single(h => h.Indicator == "criminalization").Earlier.Single();
        Assert.Equal(before.Headlines.Single(h => h.Indicator == "criminalization").Yes, headline.Yes);

        var inAfrica = await cycles.AnalysisAsync(current, "en", "002");
        Assert.Equal((2, 3), (inAfrica.Respondents, inAfrica.EarlierCycles.Single().Respondents));
        var beforeInAfrica = await cycles.AnalysisAsync(earlier, "en", "002");
        Assert.Equal(beforeInAfrica.Questions.Select(q => q.Answered),
            inAfrica.Questions.Where(q => q.Earlier.Count > 0).Select(q => q.Earlier[0].Answered));
    }
}
