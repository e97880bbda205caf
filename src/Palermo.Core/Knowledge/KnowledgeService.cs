using Palermo.Access;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Palermo.Accounts;
using Palermo.Data;

namespace Palermo.Knowledge;

/// <summary>
/// Submission and review of practices and case law. Every change is sanitized, versioned (<see cref="KnowledgeRevision"/>)
/// and then announced to the listeners (the search index).
/// </summary>
public sealed class KnowledgeService(PalermoDbContext db, IEnumerable<IKnowledgeChangeListener> listeners, TimeProvider clock,
    ILogger<KnowledgeService> logger)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Creates a practice, submitted for review — or, with <paramref name="draft"/>, kept as a draft its author may
    /// still change and submit later. Bad input stores nothing.
    /// </summary>
    public Task<Outcome<Practice>> CreateAsync(Actor author, PracticeInput input, bool draft = false, CancellationToken cancellationToken = default) =>
        CreateAsync(author, new Practice(), (practice, ct) => ApplyAsync(author, practice, input, ct), draft, cancellationToken);

    /// <summary>Creates a court decision, submitted or (with <paramref name="draft"/>) a draft; the same rules as practices.</summary>
    public Task<Outcome<CaseLaw>> CreateAsync(Actor author, CaseLawInput input, bool draft = false, CancellationToken cancellationToken = default) =>
        CreateAsync(author, new CaseLaw(), (caseLaw, ct) => ApplyAsync(author, caseLaw, input, ct), draft, cancellationToken);

    private async Task<Outcome<T>> CreateAsync<T>(Actor author, T record, Func<T, CancellationToken, Task<List<FieldError>>> apply, bool draft,
        CancellationToken cancellationToken) where T : KnowledgeRecord
    {
        if (!author.Can(KnowledgePermission.Contribute)) return ProblemCodes.Forbidden.With();
        var problems = await apply(record, cancellationToken);
        if (problems.Count > 0) return Problem.Invalid([.. problems]);
        Stamp(record, author, draft);
        db.Set<T>().Add(record);
        await SaveWithRevisionAsync(record, "created", author.UserId, cancellationToken);
        return record;
    }

    /// <summary>
    /// Replaces a practice's content (same fields as on creation): not found when the editor cannot see it, refused when
    /// they may not edit it now (<see cref="KnowledgeAccess.EditRight"/>). Bad input changes nothing. Each edit is a revision; the index follows.
    /// </summary>
    public Task<Outcome<Practice>> UpdateAsync(Actor editor, Guid id, PracticeInput input, CancellationToken cancellationToken = default) =>
        UpdateAsync<Practice>(editor, id, (practice, ct) => ApplyAsync(editor, practice, input, ct), cancellationToken);

    /// <summary>Replaces a case's content; the same rules as for a practice.</summary>
    public Task<Outcome<CaseLaw>> UpdateAsync(Actor editor, Guid id, CaseLawInput input, CancellationToken cancellationToken = default) =>
        UpdateAsync<CaseLaw>(editor, id, (caseLaw, ct) => ApplyAsync(editor, caseLaw, input, ct), cancellationToken);

    private async Task<Outcome<T>> UpdateAsync<T>(Actor editor, Guid id, Func<T, CancellationToken, Task<List<FieldError>>> apply,
        CancellationToken cancellationToken) where T : KnowledgeRecord
    {
        if (!editor.Can(KnowledgePermission.Contribute)) return ProblemCodes.Forbidden.With();
        var record = await db.Set<T>().Where(editor.VisibleRecords<T>()).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null) return ProblemCodes.NotFound.With();
        if (EditRefusal(editor, record) is { } refused) return refused;
        var problems = await apply(record, cancellationToken);
        if (problems.Count > 0)
        {
            // Nothing of a refused edit may reach the database through a later save in this scope.
            db.Entry(record).State = EntityState.Detached;
            return Problem.Invalid([.. problems]);
        }
        record.Version++;
        await SaveWithRevisionAsync(record, "updated", editor.UserId, cancellationToken);
        return record;
    }

    /// <summary>Why the actor may not edit the record now: not theirs (403), or under review or published (409); null when they may.</summary>
    public static Problem? EditRefusal(Actor actor, KnowledgeRecord record) => actor.EditRight(record) switch
    {
        KnowledgeEditRight.Allowed => null,
        KnowledgeEditRight.NotNow => ProblemCodes.KnowledgeNotEditable.With(KnowledgeStatusCodes.Code(record.Status)),
        _ => ProblemCodes.KnowledgeNotAuthor.With(),
    };

    /// <summary>Validates <paramref name="input"/> and, only when it is valid, writes it into <paramref name="practice"/>.</summary>
    private async Task<List<FieldError>> ApplyAsync(Actor actor, Practice practice, PracticeInput input, CancellationToken cancellationToken)
    {
        var check = new KnowledgeValidator(db);
        CheckTexts(check, input.Title, input.Summary, input.Body);
        check.Text("results", input.Results, required: false);
        var language = check.Language(input.Language);
        var category = check.Category(input.Category);
        var protocols = check.Protocols(input.Protocols);
        var articles = check.Articles(input.Articles, protocols);
        var countries = await check.CountriesAsync("countries", input.Countries ?? [], cancellationToken);
        check.Period(input.PeriodStartYear, input.PeriodEndYear);
        var group = await TranslationGroupAsync(check, actor, input.TranslationOf, cancellationToken);
        if (check.Problems.Count > 0) return [.. check.Problems];

        FillCommon(practice, input.Title, input.Summary, input.Body, language, protocols, articles, input.Sources, group);
        practice.Category = category;
        practice.Countries = countries;
        practice.Organizations = KnowledgeValidator.Clean(input.Organizations);
        practice.PeriodStartYear = input.PeriodStartYear;
        practice.PeriodEndYear = input.PeriodEndYear;
        practice.Results = KnowledgeHtml.Sanitize(input.Results);
        practice.Links = KnowledgeValidator.Clean(input.Links, 2000);
        practice.HumanitarianCrisis = NullIfEmpty(KnowledgeHtml.ToPlainText(KnowledgeHtml.Sanitize(input.HumanitarianCrisis)));
        return [];
    }

    private async Task<List<FieldError>> ApplyAsync(Actor actor, CaseLaw caseLaw, CaseLawInput input, CancellationToken cancellationToken)
    {
        var check = new KnowledgeValidator(db);
        var title = Plain(input.Title).Length > 0 ? input.Title : Citation(input);
        CheckTexts(check, title, input.Summary, input.Body);
        var victims = input.Victims ?? [];
        check.Victims(victims);
        var countries = await check.CountriesAsync("country", [input.Country], cancellationToken);
        var language = check.Language(input.Language);
        var protocols = check.Protocols(input.Protocols);
        var articles = check.Articles(input.Articles, protocols);
        var courtLevel = check.CourtLevel(input.CourtLevel);
        if (input.DefendantCount is < 0) check.Add(new("defendantCount", "invalid-number", Convert.ToString(input.DefendantCount, System.Globalization.CultureInfo.InvariantCulture)));
        if (input.VictimCount is < 0) check.Add(new("victimCount", "invalid-number", Convert.ToString(input.VictimCount, System.Globalization.CultureInfo.InvariantCulture)));
        var group = await TranslationGroupAsync(check, actor, input.TranslationOf, cancellationToken);
        if (check.Problems.Count > 0) return [.. check.Problems];

        FillCommon(caseLaw, title, input.Summary, input.Body, language, protocols, articles, input.Sources, group);
        caseLaw.CountryIso3 = countries.FirstOrDefault() ?? "";
        caseLaw.CourtLevel = courtLevel;
        caseLaw.Court = Plain(input.Court);
        caseLaw.DecisionDate = input.DecisionDate;
        caseLaw.CaseNumber = Plain(input.CaseNumber);
        caseLaw.Verdict = Plain(input.Verdict);
        caseLaw.Sentence = Plain(input.Sentence);
        caseLaw.Appeal = Plain(input.Appeal);
        caseLaw.Defendants = (input.Defendants ?? []).Select(d => new CaseDefendant { Sex = KnowledgeValidator.Sex(d.Sex), Nationality = NullIfEmpty(Plain(d.Nationality)) }).ToList();
        caseLaw.Victims = victims.Select(v => new CaseVictim { Initials = v.Initials.Trim(), Sex = KnowledgeValidator.Sex(v.Sex), Nationality = NullIfEmpty(Plain(v.Nationality)) }).ToList();
        caseLaw.DefendantCount = input.DefendantCount ?? caseLaw.Defendants.Count;
        caseLaw.VictimCount = input.VictimCount ?? caseLaw.Victims.Count;
        caseLaw.ExploitationForms = KnowledgeValidator.Clean(input.ExploitationForms);
        caseLaw.Acts = KnowledgeValidator.Clean(input.Acts);
        caseLaw.Means = KnowledgeValidator.Clean(input.Means);
        caseLaw.Purposes = KnowledgeValidator.Clean(input.Purposes);
        return [];
    }

    /// <summary>
    /// A decision without a title goes by its citation, as courts and law reports name one: court, case number and date
    /// of decision («Cairo Criminal Court, 1234/2023, 2024-03-12»); null when none of them is given either.
    /// </summary>
    private static string? Citation(CaseLawInput input)
    {
        string[] parts = [Plain(input.Court), Plain(input.CaseNumber),
            input.DecisionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""];
        var citation = string.Join(", ", parts.Where(p => p.Length > 0));
        return citation.Length > 0 ? citation : null;
    }

    /// <summary>A record the viewer may see, or null (missing and invisible look the same).</summary>
    public async Task<T?> FindAsync<T>(Guid id, Actor viewer, CancellationToken cancellationToken = default) where T : KnowledgeRecord =>
        await db.Set<T>().AsNoTracking().Where(viewer.VisibleRecords<T>()).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The secretariat moves a record through review: publish, unpublish, request changes, reject.</summary>
    public async Task<Outcome<KnowledgeRecord>> ReviewAsync<T>(Actor reviewer, Guid id, KnowledgeTransition transition, string? note,
        CancellationToken cancellationToken = default) where T : KnowledgeRecord
    {
        if (!reviewer.Can(KnowledgePermission.Review)) return ProblemCodes.Forbidden.With();
        return await TransitionAsync<T>(id, transition, reviewer.UserId, note, cancellationToken);
    }

    private async Task<Outcome<KnowledgeRecord>> TransitionAsync<T>(Guid id, KnowledgeTransition transition, string? userId, string? note,
        CancellationToken cancellationToken) where T : KnowledgeRecord
    {
        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null) return ProblemCodes.NotFound.With();
        if (record.Apply(transition, note, clock.GetUtcNow()) is { } refused) return refused;
        await SaveWithRevisionAsync(record, transition.Action(), userId, cancellationToken);
        return record;
    }

    /// <summary>The author (or the secretariat) sends a draft or a changed record (back) for review.</summary>
    public async Task<Outcome<KnowledgeRecord>> SubmitAsync<T>(Actor author, Guid id, CancellationToken cancellationToken = default)
        where T : KnowledgeRecord
    {
        if (!author.Can(KnowledgePermission.Contribute)) return ProblemCodes.Forbidden.With();
        var record = await FindAsync<T>(id, author, cancellationToken);
        if (record is null) return ProblemCodes.NotFound.With();
        if (author.EditRight(record) == KnowledgeEditRight.NotAuthor) return ProblemCodes.KnowledgeNotAuthor.With();
        return await TransitionAsync<T>(id, KnowledgeTransition.Submit, author.UserId, null, cancellationToken);
    }

    /// <summary>A change beside the record's own fields (an attachment added or removed): a new version, saved with what else is pending.</summary>
    internal async Task RecordChangeAsync(Guid id, KnowledgeKind kind, string action, string? userId, CancellationToken cancellationToken)
    {
        KnowledgeRecord record = kind == KnowledgeKind.Practice
            ? await db.Practices.FirstAsync(r => r.Id == id, cancellationToken)
            : await db.CaseLaw.FirstAsync(r => r.Id == id, cancellationToken);
        record.Version++;
        await SaveWithRevisionAsync(record, action, userId, cancellationToken);
    }

    /// <summary>The other records of the record's translation group the viewer may see, in the order of the six languages.</summary>
    public async Task<IReadOnlyList<KnowledgeTranslation>> TranslationsAsync(KnowledgeRecord record, Actor viewer, CancellationToken cancellationToken = default)
    {
        var group = record.TranslationGroupId;
        var practices = await db.Practices.AsNoTracking().Where(viewer.VisibleRecords<Practice>())
            .Where(p => p.TranslationGroupId == group && p.Id != record.Id).Select(p => new KnowledgeTranslation(p.Id, p.Language, p.Title)).ToListAsync(cancellationToken);
        var cases = await db.CaseLaw.AsNoTracking().Where(viewer.VisibleRecords<CaseLaw>())
            .Where(p => p.TranslationGroupId == group && p.Id != record.Id).Select(p => new KnowledgeTranslation(p.Id, p.Language, p.Title)).ToListAsync(cancellationToken);
        var order = PalermoLanguages.Codes.ToList();
        return [.. practices.Concat(cases).OrderBy(t => order.IndexOf(t.Language))];
    }

    public async Task<IReadOnlyList<KnowledgeRevision>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.KnowledgeRevisions.AsNoTracking().Where(r => r.RecordId == id).OrderBy(r => r.Version).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    private static void CheckTexts(KnowledgeValidator check, string? title, string? summary, string? body)
    {
        // Required means required once sanitized: «<script>…</script>» as a title would otherwise be stored as "".
        check.Text("title", Plain(title), required: true, KnowledgeValidator.TitleMax);
        check.Text("summary", summary, required: false);
        check.Text("body", body, required: false);
        if (Plain(summary).Length == 0 && Plain(body).Length == 0) check.Add(new("body", "knowledge-required", "body"));
    }

    private static void FillCommon(KnowledgeRecord record, string? title, string? summary, string? body, string language, List<string> protocols,
        List<string> articles, IReadOnlyList<string>? sources, Guid group)
    {
        record.Title = Plain(title);
        record.Summary = KnowledgeHtml.Sanitize(summary);
        record.Body = KnowledgeHtml.Sanitize(body);
        record.Language = language;
        record.Protocols = protocols;
        record.Articles = articles;
        record.Sources = KnowledgeValidator.Clean(sources, 2000);
        // On an edit without translationOf the record stays in its group; a new record starts its own.
        if (group != Guid.Empty) record.TranslationGroupId = group;
        else if (record.TranslationGroupId == Guid.Empty) record.TranslationGroupId = record.Id;
    }

    private void Stamp(KnowledgeRecord record, Actor author, bool draft)
    {
        var now = clock.GetUtcNow();
        record.AuthorUserId = author.UserId;
        record.AuthorCountryIso3 = author.CountryIso3;
        record.Status = draft ? KnowledgeStatus.Draft : KnowledgeStatus.Submitted;
        record.CreatedAt = now;
        record.UpdatedAt = now;
    }

    /// <summary>
    /// The translation group of the record <paramref name="translationOf"/> names, looked up among the records the actor
    /// may see: someone else's draft answers like a missing one, so its existence does not leak through a 201.
    /// </summary>
    private async Task<Guid> TranslationGroupAsync(KnowledgeValidator check, Actor actor, Guid? translationOf, CancellationToken cancellationToken)
    {
        if (translationOf is not { } original) return Guid.Empty;
        var group = await db.Practices.Where(actor.VisibleRecords<Practice>()).Where(p => p.Id == original)
                        .Select(p => (Guid?)p.TranslationGroupId).FirstOrDefaultAsync(cancellationToken)
                    ?? await db.CaseLaw.Where(actor.VisibleRecords<CaseLaw>()).Where(p => p.Id == original)
                        .Select(p => (Guid?)p.TranslationGroupId).FirstOrDefaultAsync(cancellationToken);
        if (group is null) check.Add(new("translationOf", "unknown-record", original.ToString()));
        return group ?? Guid.Empty;
    }

    private async Task SaveWithRevisionAsync(KnowledgeRecord record, string action, string? userId, CancellationToken cancellationToken)
    {
        record.UpdatedAt = clock.GetUtcNow();
        db.KnowledgeRevisions.Add(new KnowledgeRevision
        {
            RecordId = record.Id,
            Kind = record.Kind,
            Version = record.Version,
            Status = record.Status,
            Action = action,
            ChangedByUserId = userId,
            ChangedAt = record.UpdatedAt,
            Snapshot = JsonSerializer.Serialize(record, record.GetType(), SnapshotJson),
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.ChangedAsync(record, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The record is saved; the index is brought back in line at the next start or reindex.
                logger.LogError(ex, "Search index update failed for {Kind} {Id}", record.Kind, record.Id);
            }
        }
    }

    private static string Plain(string? text) => KnowledgeHtml.ToPlainText(KnowledgeHtml.Sanitize(text));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
