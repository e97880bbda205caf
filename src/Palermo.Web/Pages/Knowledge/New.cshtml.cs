using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Knowledge;
using Palermo.Web.Accounts;
using Palermo.Web.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>
/// A new practice or case through a form, for those who may submit (focal points, partners, the secretariat): the
/// same fields, validation and workflow as <c>POST /api/v1/practices</c> and <c>/api/v1/case-law</c>. «Submit for
/// review» sends it to the secretariat; «Save draft» keeps it for its author to finish on the edit page.
/// Bad input shows each message beside its field and stores nothing.
/// </summary>
public sealed class NewModel(KnowledgeService service, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public EditForm Form { get; set; } = new();
    public KnowledgeKind Kind { get; private set; }
    public string KindPath { get; private set; } = "practices";
    public KnowledgeFormErrors Errors { get; private set; } = KnowledgeFormErrors.None;

    public IActionResult OnGet(string kind, Guid? translationOf = null)
    {
        Describe(kind);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Form = new EditForm
        {
            Language = PalermoLanguages.IsSupported(language) ? language : PalermoLanguages.Default,
            TranslationOf = translationOf?.ToString(),
            // A focal point most often writes about their own country.
            Countries = User.Country(),
            Country = User.Country(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, bool draft = false)
    {
        Describe(kind);
        List<FieldError> problems = [];
        if (!Form.TryTranslationOf(out var translationOf))
            problems.Add(new FieldError("translationOf", "knowledge-translation-of", Form.TranslationOf));
        Guid? created = null;
        if (problems.Count == 0)
        {
            var author = HttpContext.Actor();
            var result = Kind == KnowledgeKind.CaseLaw
                ? (await service.CreateAsync(author, Form.ToCaseLawInput(translationOf), draft, HttpContext.RequestAborted)).Map(r => (KnowledgeRecord)r)
                : (await service.CreateAsync(author, Form.ToPracticeInput(translationOf), draft, HttpContext.RequestAborted)).Map(r => (KnowledgeRecord)r);
            if (result.Succeeded) created = result.Value.Id;
            else problems.AddRange(result.Problem.FieldErrors);
        }
        if (created is { } id)
            return Redirect(draft ? $"/knowledge/{KindPath}/{id}/edit?saved=true" : $"/knowledge/{KindPath}/{id}");

        if (problems.Exists(p => p.Field == "victims")) Form.ForgetVictimNames();
        Errors = KnowledgeFormErrors.From(problems, text);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Describe(string kind)
    {
        Kind = kind == "case-law" ? KnowledgeKind.CaseLaw : KnowledgeKind.Practice;
        KindPath = kind == "case-law" ? "case-law" : "practices";
    }
}
