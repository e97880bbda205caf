using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Demo;
using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.ReportingBench;

/// <summary>What the generator made: the analysed cycle, the earlier one it is compared with, the cycle being drafted, and the accounts.</summary>
public sealed record BenchCycles(int Earlier, int Analysed, int Drafting, IReadOnlyList<string> Expected, IReadOnlyList<(string Email, string Country)> Contributors, string Secretariat);

/// <summary>
/// Generates the bench data through the real services and model: enough TIP parties for the expected count, the
/// generated questionnaire, an earlier cycle and the analysed cycle with every expected State's answers submitted
/// (one frozen version each, as a submission makes), an open cycle whose drafts the contributors save, and accounts.
/// </summary>
public static class BenchData
{
    public const string Password = "Bench-Passw0rd-2026";
    private static readonly DateOnly PartiesSince = new(2010, 1, 1);

    public static async Task<BenchCycles> GenerateAsync(IServiceProvider services, int expected, int contributors, Action<string> log)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();

        await EnsurePartiesAsync(db, expected);
        var definition = BenchQuestionnaire.Create();
        var questionnaire = new Questionnaire
        {
            Code = definition.Code, Version = 1, Protocol = Protocol.TIP, Definition = QuestionnaireJson.Write(definition), CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Questionnaires.Add(questionnaire);
        await db.SaveChangesAsync();

        async Task<CycleDetail> OpenAsync(DateOnly opens)
        {
            var created = await cycles.CreateAsync(Protocol.TIP, questionnaire.Id, opens, opens.AddMonths(4));
            var opened = await cycles.MoveAsync(created.Value!.Id, CycleState.Open);
            if (!opened.Succeeded) throw new InvalidOperationException($"The bench cycle did not open: {opened.Problem?.Code} {opened.Problem?.Detail}");
            return (await cycles.FindAsync(created.Value.Id))!;
        }

        var earlier = await OpenAsync(new DateOnly(2024, 1, 15));
        var analysed = await OpenAsync(new DateOnly(2026, 1, 15));
        var drafting = await OpenAsync(new DateOnly(2026, 9, 15));
        var states = (await cycles.RespondentsAsync(analysed.Cycle)).Expected.Select(e => e.Iso3).Order(StringComparer.Ordinal).ToList();
        log($"expected States: {states.Count}, questions: {definition.Questions.Count()}");

        await FillAsync(db, earlier, states, SubmissionState.Accepted, seed: 1);
        await FillAsync(db, analysed, states, SubmissionState.Submitted, seed: 2);
        await FillAsync(db, drafting, states, SubmissionState.InProgress, seed: 3);
        log("answers generated: 2 cycles all answered, 1 cycle in draft");

        var admin = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        const string secretariat = "secretariat@bench.test";
        await CreateAsync(admin, new NewAccount(secretariat, PalermoRoles.SecretariatAdmin, null, null, "Bench secretariat", Password));
        var accounts = new List<(string Email, string Country)>();
        for (var i = 0; i < contributors; i++)
        {
            var country = states[i % states.Count];
            var email = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"contributor{i:000}.{country.ToLowerInvariant()}@bench.test");
            await CreateAsync(admin, new NewAccount(email, PalermoRoles.Contributor, country, null, "Bench contributor", Password));
            accounts.Add((email, country));
        }
        log($"accounts: 1 secretariat, {contributors} contributors over {Math.Min(contributors, states.Count)} countries");
        return new BenchCycles(earlier.Cycle.Id, analysed.Cycle.Id, drafting.Cycle.Id, states, accounts, secretariat);
    }

    /// <summary>The 2014 snapshot has about 160 TIP parties: the bench makes more countries parties until <paramref name="expected"/>.</summary>
    private static async Task EnsurePartiesAsync(PalermoDbContext db, int expected)
    {
        // Regional organizations (the EU) are parties but never expected respondents: only States count.
        var countries = await db.Countries.Where(c => !c.IsRegionalOrganization).Select(c => c.Iso3).OrderBy(c => c).ToListAsync();
        var states = countries.ToHashSet(StringComparer.Ordinal);
        var participations = (await db.TreatyParticipations.Where(p => p.Protocol == Protocol.TIP).ToListAsync()).Where(p => states.Contains(p.CountryIso3)).ToList();
        // Every party of the snapshot became one long before the bench cycles open (2024 and 2026).
        var parties = participations.Where(p => p.ConsentDate is not null).Select(p => p.CountryIso3).ToHashSet(StringComparer.Ordinal);
        foreach (var iso3 in countries.Where(c => !parties.Contains(c)))
        {
            if (parties.Count >= expected) break;
            var row = participations.FirstOrDefault(p => p.CountryIso3 == iso3);
            if (row is null) db.TreatyParticipations.Add(row = new TreatyParticipation { CountryIso3 = iso3, Protocol = Protocol.TIP });
            row.ConsentDate = PartiesSince;
            row.ConsentAction = ConsentAction.Accession;
            parties.Add(iso3);
        }
        // Fewer parties than asked would make the bench smaller than it says.
        foreach (var extra in participations.Where(p => p.ConsentDate is not null).Skip(expected)) extra.ConsentDate = null;
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static async Task FillAsync(PalermoDbContext db, CycleDetail cycle, IReadOnlyList<string> states, SubmissionState state, int seed)
    {
        var random = new Random(seed);
        var at = DateTimeOffset.UtcNow.AddDays(-10);
        var added = new List<Submission>();
        foreach (var iso3 in states)
        {
            var answers = QuestionnaireJson.WriteAnswers(DemoReporting.Generate(cycle.Definition, random));
            var submission = new Submission
            {
                CycleId = cycle.Cycle.Id, CountryIso3 = iso3, State = state, Answers = answers, Version = state == SubmissionState.InProgress ? 1 : 2, UpdatedAt = at,
            };
            if (state != SubmissionState.InProgress)
            {
                submission.FirstSubmittedAt = submission.SubmittedAt = at;
                if (state == SubmissionState.Accepted) submission.AcceptedAt = at.AddDays(1);
            }
            db.Submissions.Add(submission);
            added.Add(submission);
        }
        await db.SaveChangesAsync();
        foreach (var s in added.Where(s => s.FirstSubmittedAt is not null))
            db.SubmissionVersions.Add(new SubmissionVersion
            {
                SubmissionId = s.Id, CycleId = s.CycleId, CountryIso3 = s.CountryIso3, Number = 1, Answers = s.Answers, SubmittedAt = s.FirstSubmittedAt!.Value,
            });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static async Task CreateAsync(AccountAdministration admin, NewAccount account)
    {
        var result = await admin.CreateAsync(account);
        if (!result.Succeeded) throw new InvalidOperationException($"Could not create {account.Email}: {JsonSerializer.Serialize(result.Problem.FieldErrors)}");
    }

    /// <summary>A full set of valid answers for the questionnaire, as the form sends on every save.</summary>
    public static Dictionary<string, JsonElement> Answers(QuestionnaireDefinition definition, Random random) => DemoReporting.Generate(definition, random);
}
