using Palermo.Access;
using Palermo.Knowledge;

namespace Palermo.Web.Knowledge;

/// <summary>Records as the API shows them, with the translations the viewer may see.</summary>
public static class KnowledgeViewMapping
{
    public static async Task<IReadOnlyList<TranslationView>> TranslationsAsync(KnowledgeService service, KnowledgeRecord record, Actor viewer) =>
        [.. (await service.TranslationsAsync(record, viewer)).Select(t => new TranslationView(t.Id, t.Language, t.Title))];

    public static async Task<IReadOnlyList<AttachmentView>> AttachmentsAsync(KnowledgeAttachments attachments, KnowledgeRecord record) =>
        [.. (await attachments.ListAsync(record.Id)).Select(a => AttachmentView.From(a, record.Kind))];

    public static PracticeView View(Practice p, IReadOnlyList<TranslationView> translations, Actor viewer, IReadOnlyList<AttachmentView>? attachments = null) =>
        new(p.Id, p.Title, p.Summary, p.Body, p.Language, p.Category.Code(), p.Countries, p.Protocols, p.Articles, p.Organizations,
            p.PeriodStartYear, p.PeriodEndYear, p.Results, p.Sources, p.Links, p.HumanitarianCrisis, p.TranslationGroupId, translations,
            KnowledgeStatusCodes.Code(p.Status), p.AuthorCountryIso3, p.Version, p.CreatedAt, p.UpdatedAt, p.PublishedAt, attachments ?? [])
        { ReviewNote = ReviewNoteFor(p, viewer) };

    public static CaseLawView View(CaseLaw c, IReadOnlyList<TranslationView> translations, Actor viewer, IReadOnlyList<AttachmentView>? attachments = null) =>
        new(c.Id, c.Title, c.Summary, c.Body, c.Language, c.CountryIso3, c.Court, c.CourtLevel.Code(), c.DecisionDate, c.CaseNumber,
            c.Verdict, c.Sentence, c.Appeal, c.DefendantCount, c.VictimCount, c.Defendants, c.Victims, c.ExploitationForms, c.Acts,
            c.Means, c.Purposes, c.Protocols, c.Articles, c.Sources, c.TranslationGroupId, translations,
            KnowledgeStatusCodes.Code(c.Status), c.Version, c.CreatedAt, c.UpdatedAt, c.PublishedAt, attachments ?? [])
        { ReviewNote = ReviewNoteFor(c, viewer) };

    // The note is addressed to the author: a published record is public, what the secretariat told its author is not.
    private static string? ReviewNoteFor(KnowledgeRecord record, Actor viewer) =>
        viewer.Can(KnowledgePermission.ReadReviewNote, record) ? record.ReviewNote : null;

    public static PracticeInput Input(PracticeBody b) =>
        new(b.Title, b.Summary, b.Body, b.Language, b.Category, b.Countries, b.Protocols, b.Articles, b.Organizations,
            b.PeriodStartYear, b.PeriodEndYear, b.Results, b.Sources, b.Links, b.HumanitarianCrisis, b.TranslationOf);

    public static CaseLawInput Input(CaseLawBody b) =>
        new(b.Title, b.Summary, b.Body, b.Language, b.Country ?? (b.Countries is null ? null : string.Join(',', b.Countries)), b.Court,
            b.CourtLevel ?? b.Level, b.DecisionDate ?? b.DateOfDecision, b.CaseNumber ?? b.Number, b.Verdict,
            b.Sentence, b.Appeal, b.DefendantCount, b.VictimCount, b.Defendants, b.Victims, b.ExploitationForms, b.Acts, b.Means,
            b.Purposes, b.Protocols, b.Articles, b.Sources ?? (string.IsNullOrWhiteSpace(b.Source) ? null : [b.Source]), b.TranslationOf);
}
