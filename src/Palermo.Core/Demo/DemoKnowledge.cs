using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.Knowledge;
using Palermo.ReferenceData;

namespace Palermo.Demo;

/// <summary>
/// Fictional practices and court decisions (data/knowledge/demo, see its SOURCE.md), published, when demo data is on.
/// Loaded once, into an empty repository; the search index picks them up when it is brought in line at start.
/// </summary>
public sealed class DemoKnowledge(PalermoDbContext db, TimeProvider clock)
{
    public static string File => Path.Combine(ReferenceDataFiles.Root, "knowledge", "demo", "knowledge.json");

    // Each demo record names its source in its own language, as a real record would: it is made up.
    private static readonly Dictionary<string, string> FictionNotice = new(StringComparer.Ordinal)
    {
        ["en"] = "Fictional illustration written for Palermo",
        ["fr"] = "Illustration fictive rédigée pour Palermo",
        ["es"] = "Ilustración ficticia redactada para Palermo",
        ["ru"] = "Вымышленный пример, составленный для Palermo",
        ["zh"] = "为 Palermo 编写的虚构示例",
        ["ar"] = "مثال خيالي أُعدّ لبالرمو",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    private sealed record Item(string Kind, string Group, string Language, string Title, string Summary, string Body,
        List<string>? Protocols, List<string>? Articles, string? Category, List<string>? Countries, int? Year,
        string? Country, string? Court, string? CourtLevel, DateOnly? DecisionDate, string? Verdict, string? Sentence,
        List<string>? ExploitationForms, List<CaseVictim>? Victims);

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!System.IO.File.Exists(File) || await db.Practices.AnyAsync(cancellationToken) || await db.CaseLaw.AnyAsync(cancellationToken)) return;
        await using var stream = System.IO.File.OpenRead(File);
        var items = await JsonSerializer.DeserializeAsync<List<Item>>(stream, Json, cancellationToken) ?? [];
        var groups = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!groups.TryGetValue(item.Group, out var group)) groups[item.Group] = group = Guid.CreateVersion7();
            KnowledgeRecord record = item.Kind == "practice"
                ? new Practice
                {
                    Category = KnowledgeCategories.TryParse(item.Category, out var category) ? category : KnowledgeCategory.Investigation,
                    Countries = item.Countries ?? [], PeriodStartYear = item.Year, PeriodEndYear = item.Year,
                }
                : new CaseLaw
                {
                    CountryIso3 = item.Country ?? "", Court = item.Court ?? "", DecisionDate = item.DecisionDate, Verdict = item.Verdict ?? "",
                    Sentence = item.Sentence ?? "", ExploitationForms = item.ExploitationForms ?? [], Victims = item.Victims ?? [],
                    VictimCount = item.Victims?.Count ?? 0,
                    CourtLevel = Enum.TryParse<CourtLevel>(item.CourtLevel?.Replace("-", "", StringComparison.Ordinal), true, out var level) ? level : CourtLevel.Other,
                };
            record.Language = item.Language;
            record.Title = item.Title;
            record.Summary = KnowledgeHtml.Sanitize(item.Summary);
            record.Body = KnowledgeHtml.Sanitize(item.Body);
            record.Protocols = item.Protocols ?? [];
            record.Articles = item.Articles ?? [];
            record.Sources = [FictionNotice.GetValueOrDefault(item.Language, FictionNotice["en"])];
            record.TranslationGroupId = group;
            record.Status = KnowledgeStatus.Published;
            // Spread publication dates so «newest first» and the feed have an order.
            record.CreatedAt = record.UpdatedAt = now.AddDays(-items.Count + i);
            record.PublishedAt = record.CreatedAt;
            db.Add(record);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
