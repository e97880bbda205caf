using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Mail;

namespace Palermo.Reporting;

public sealed record ReminderSent(string Country, string Language, int Recipients, DateTimeOffset SentAt);

/// <summary>
/// Reminds States that have not answered a cycle (all of them, or the ones chosen): a mail to the country's focal points
/// from the template, in the language the country's focal point chose; every reminder is logged.
/// </summary>
public sealed class ReminderService(PalermoDbContext db, CycleService cycles, UserManager<PalermoUser> users, IMailSender mail,
    MailOptions mailOptions, IStringLocalizerFactory localizers, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<ReminderSent>>> SendAsync(Cycle cycle, IReadOnlyList<string>? chosen, CancellationToken cancellationToken = default)
    {
        if (cycle.State != CycleState.Open) return ProblemCodes.CycleNotOpen.With();
        var completeness = await cycles.CompletenessAsync(cycle, cancellationToken);
        var notAnswered = completeness.Countries.Where(c => !c.Answered).ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        // A JSON list may carry null items (`"countries":[null]`); each is refused by its place, never dereferenced.
        var empty = (chosen ?? []).Select((c, i) => (c, i)).Where(x => string.IsNullOrWhiteSpace(x.c))
            .Select(x => new AnswerProblem(string.Create(CultureInfo.InvariantCulture, $"countries[{x.i}]"), "missing-item", "")).ToList();
        if (empty.Count > 0) return AnswerProblems.Refuse(empty);
        var targets = chosen is null ? notAnswered.Keys.ToList() : chosen.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var refused = targets.Where(t => !notAnswered.ContainsKey(t)).Select(t => new AnswerProblem("countries", "not-a-non-responder", t)).ToList();
        if (refused.Count > 0) return AnswerProblems.Refuse(refused);

        var focalPoints = (await users.GetUsersInRoleAsync(PalermoRoles.FocalPoint))
            .Where(u => u.CountryIso3 is not null && u.Email is not null).ToLookup(u => u.CountryIso3!, StringComparer.Ordinal);
        var names = await db.Countries.AsNoTracking().Where(c => targets.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Names, cancellationToken);
        var sent = new List<ReminderSent>();
        var now = clock.GetUtcNow();
        foreach (var iso3 in targets)
        {
            var recipients = focalPoints[iso3].ToList();
            var language = recipients.Select(r => r.PreferredLanguage).FirstOrDefault(PalermoLanguages.IsSupported) ?? PalermoLanguages.Default;
            if (recipients.Count > 0)
                await mail.SendAsync(Compose(cycle, recipients, language, names.GetValueOrDefault(iso3)?.In(language) ?? iso3, notAnswered[iso3].Deadline), cancellationToken);
            db.Reminders.Add(new Reminder { CycleId = cycle.Id, CountryIso3 = iso3, Language = language, Recipients = recipients.Count, SentAt = now });
            sent.Add(new ReminderSent(iso3, language, recipients.Count, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<IReadOnlyList<ReminderSent>>.Ok(sent);
    }

    private MimeMessage Compose(Cycle cycle, IReadOnlyList<PalermoUser> recipients, string language, string country, DateOnly deadline)
    {
        var culture = PalermoLanguages.Culture(language);
        var previous = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
        try
        {
            var text = localizers.Create(typeof(SharedResource));
            var link = $"{mailOptions.PublicBaseUrl.TrimEnd('/')}/reporting/cycles/{cycle.Id}/submissions/{recipients[0].CountryIso3}?culture={language}";
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(mailOptions.From));
            foreach (var recipient in recipients) message.To.Add(MailboxAddress.Parse(recipient.Email!));
            message.Subject = string.Format(culture, text["Mail.Reminder.Subject"], cycle.Name);
            message.Body = new TextPart("plain")
            {
                Text = string.Format(culture, text["Mail.Reminder.Body"], country, text["Protocol." + cycle.Protocol], deadline.ToString("D", culture), link),
            };
            return message;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = previous;
        }
    }
}
