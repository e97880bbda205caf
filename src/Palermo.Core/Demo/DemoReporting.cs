using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Demo;

/// <summary>
/// Demo reporting data: one open cycle per protocol, the demo countries' submissions in different states, and
/// generated answers from the other States parties so completeness and analysis look like a real cycle. Deterministic.
/// </summary>
public sealed class DemoReporting(PalermoDbContext db, CycleService cycles, TimeProvider clock)
{
    /// <summary>The demo countries' states, in the order of <see cref="DemoAccounts.Countries"/>.</summary>
    private static readonly SubmissionState[] DemoStates =
        [SubmissionState.InProgress, SubmissionState.Submitted, SubmissionState.Accepted, SubmissionState.Returned, SubmissionState.NotStarted, SubmissionState.Submitted];

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Cycles.AnyAsync(cancellationToken)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var protocol in Enum.GetValues<Protocol>())
        {
            var created = await cycles.CreateAsync(protocol, null, today.AddDays(-45), today.AddDays(45), cancellationToken);
            if (!created.Succeeded) continue;
            var opened = await cycles.MoveAsync(created.Value!.Id, CycleState.Open, cancellationToken);
            if (!opened.Succeeded) continue;
            var detail = (await cycles.FindAsync(created.Value.Id, cancellationToken))!;
            await FillAsync(detail, cancellationToken);
        }
    }

    private async Task FillAsync(CycleDetail detail, CancellationToken cancellationToken)
    {
        var (expected, _) = await cycles.RespondentsAsync(detail.Cycle, cancellationToken);
        var start = clock.GetUtcNow().AddDays(-40);
        var added = new List<Submission>();
        foreach (var respondent in expected)
        {
            var random = new Random(StableSeed(respondent.Iso3 + detail.Cycle.Protocol));
            var demoIndex = DemoAccounts.Countries.ToList().IndexOf(respondent.Iso3);
            var state = demoIndex >= 0 ? DemoStates[demoIndex] : Pick(random);
            if (state == SubmissionState.NotStarted) continue;

            var answers = QuestionnaireJson.WriteAnswers(Generate(detail.Definition, random));
            var at = start.AddDays(random.Next(0, 35)).AddHours(random.Next(0, 24));
            var submission = new Submission
            {
                CycleId = detail.Cycle.Id, CountryIso3 = respondent.Iso3, State = state, Answers = answers,
                Version = state == SubmissionState.InProgress ? 1 : 2, UpdatedAt = at,
            };
            if (state != SubmissionState.InProgress)
            {
                submission.FirstSubmittedAt = submission.SubmittedAt = at;
                if (state == SubmissionState.Accepted) submission.AcceptedAt = at.AddDays(2);
                if (state == SubmissionState.Returned)
                {
                    var question = detail.Definition.Questions.First(q => q.Type == QuestionType.LegalReference);
                    submission.ReturnComments = JsonSerializer.Serialize(new[] { new ReturnComment(question.Code, "Please give the article and a link to the text of the law.") }, QuestionnaireJson.Options);
                }
            }
            db.Submissions.Add(submission);
            added.Add(submission);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var submission in added.Where(s => s.FirstSubmittedAt is not null))
        {
            db.SubmissionVersions.Add(new SubmissionVersion
            {
                SubmissionId = submission.Id, CycleId = submission.CycleId, CountryIso3 = submission.CountryIso3, Number = 1,
                Answers = submission.Answers, SubmittedAt = submission.FirstSubmittedAt!.Value,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static SubmissionState Pick(Random random) => random.Next(100) switch
    {
        < 35 => SubmissionState.Accepted,
        < 60 => SubmissionState.Submitted,
        < 65 => SubmissionState.Returned,
        < 80 => SubmissionState.InProgress,
        _ => SubmissionState.NotStarted,
    };

    /// <summary>Plausible answers for every shown question, valid for the questionnaire.</summary>
    public static Dictionary<string, JsonElement> Generate(QuestionnaireDefinition definition, Random random)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var question in definition.Questions)
        {
            if (!SkipLogic.IsShown(question, answers)) continue;
            object? value = question.Type switch
            {
                QuestionType.YesNo => random.Next(100) switch { < 62 => YesNoAnswers.Yes, < 77 => YesNoAnswers.Partly, < 96 => YesNoAnswers.No, _ => YesNoAnswers.NotApplicable },
                QuestionType.Single => question.Options[random.Next(question.Options.Count)].Code,
                QuestionType.Multiple => question.Options.Where((_, i) => i == 0 || random.Next(2) == 0).Select(o => o.Code).ToArray(),
                QuestionType.Number => (int)Math.Min(question.Max ?? 500, (question.Min ?? 0) + random.Next(0, 500)),
                QuestionType.Date => new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3650)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                QuestionType.Text => "Demo answer.",
                QuestionType.LegalReference => new { title = "Demo law", article = random.Next(1, 80).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                _ => null,
            };
            if (value is not null) answers[question.Code] = JsonSerializer.SerializeToElement(value, QuestionnaireJson.Options);
        }
        return answers;
    }

    private static int StableSeed(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }
}
