using Palermo.Access;
using Palermo.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Data;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Web.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>One practice or case, readable without signing in once published; with its translations and similar records.</summary>
public sealed class RecordModel(KnowledgeService service, KnowledgeAttachments attachments, KnowledgeSearch search, KnowledgeDocumentFactory documents,
    KnowledgeFacetLabels labels) : PageModel
{
    public KnowledgeRecord? Record { get; private set; }
    public IReadOnlyList<KnowledgeHit> Similar { get; private set; } = [];

    /// <summary>The same record in other languages that the reader may see, in the UN order of languages.</summary>
    public IReadOnlyList<TranslationView> Translations { get; private set; } = [];
    public string KindPath { get; private set; } = "practices";
    public IReadOnlyList<KnowledgeAttachmentInfo> Attachments { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool MayReview { get; private set; }

    /// <summary>A country's name in the page's language, by ISO alpha-3 code.</summary>
    public Func<string, string> CountryName { get; private set; } = code => code;

    public string ProtocolName(string code) => labels.ProtocolName(code);

    public string ArticleName(string reference) => labels.ArticleName(reference);

    public async Task<IActionResult> OnGetAsync(string kind, Guid id)
    {
        var viewer = HttpContext.Actor();
        KindPath = kind;
        Record = kind == "case-law" ? await service.FindAsync<CaseLaw>(id, viewer) : await service.FindAsync<Practice>(id, viewer);
        if (Record is null) return NotFound();
        CanEdit = viewer.Can(KnowledgePermission.Edit, Record);
        MayReview = viewer.Can(KnowledgePermission.Review);
        Attachments = await attachments.ListAsync(Record.Id);
        var order = PalermoLanguages.Codes.ToList();
        Translations = [.. (await KnowledgeViewMapping.TranslationsAsync(service, Record, viewer))
            .OrderBy(t => order.IndexOf(t.Language)).ThenBy(t => t.Title, StringComparer.Ordinal)];
        // Its translations are listed as such, not again as records «like» it.
        Similar = [.. (await search.MoreLikeThisAsync(await documents.CreateAsync(Record), viewer)).Where(h => Translations.All(t => t.Id != h.Document.Id))];
        CountryName = await labels.CountryNamesAsync();
        return Page();
    }
}
