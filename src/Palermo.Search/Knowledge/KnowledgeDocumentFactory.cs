using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>Turns stored practices and cases into index documents (plain text, region codes of their countries).</summary>
public sealed class KnowledgeDocumentFactory(PalermoDbContext db)
{
    private Dictionary<string, string?>? _regionOf;

    public async Task<KnowledgeDocument> CreateAsync(KnowledgeRecord record, CancellationToken cancellationToken = default)
    {
        _regionOf ??= await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Iso3, c => c.RegionM49, StringComparer.Ordinal, cancellationToken);
        return Create(record, _regionOf);
    }

    public static KnowledgeDocument Create(KnowledgeRecord record, IReadOnlyDictionary<string, string?> regionOf)
    {
        var (category, countries, year, extra) = record switch
        {
            Practice p => (p.Category.Code(), p.Countries, p.PeriodEndYear ?? p.PeriodStartYear ?? (p.PublishedAt ?? p.CreatedAt).Year,
                new[] { p.Results, string.Join(". ", p.Organizations), p.HumanitarianCrisis ?? "" }),
            CaseLaw c => ((string?)null, new List<string> { c.CountryIso3 }, c.DecisionDate?.Year ?? (c.PublishedAt ?? c.CreatedAt).Year,
                new[] { c.Court, c.Verdict, c.Sentence, c.Appeal, string.Join(". ", c.ExploitationForms), string.Join(". ", c.Acts),
                    string.Join(". ", c.Means), string.Join(". ", c.Purposes) }),
            _ => throw new ArgumentOutOfRangeException(nameof(record)),
        };
        var text = string.Join("\n", new[] { KnowledgeHtml.ToPlainText(record.Summary), KnowledgeHtml.ToPlainText(record.Body) }
            .Concat(extra.Select(KnowledgeHtml.ToPlainText)).Where(t => t.Length > 0));
        return new KnowledgeDocument
        {
            Id = record.Id,
            Kind = record.Kind,
            Language = record.Language,
            Title = record.Title,
            Summary = KnowledgeHtml.ToPlainText(record.Summary),
            Text = text,
            Category = category,
            Protocols = record.Protocols,
            Articles = record.Articles,
            Countries = countries.Where(c => c.Length > 0).ToList(),
            Regions = countries.Select(c => regionOf.GetValueOrDefault(c)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Year = year,
            Date = record.PublishedAt ?? record.CreatedAt,
            Status = record.Status,
            AuthorUserId = record.AuthorUserId,
            TranslationGroupId = record.TranslationGroupId,
            Stamp = KnowledgeDocument.StampOf(record.UpdatedAt),
        };
    }
}
