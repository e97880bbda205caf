using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.TreatyStatus;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Countries;
using Palermo.Web.TreatyStatus;

namespace Palermo.Web.Pages.TreatyStatus;

/// <summary>Import of the UN Treaty Collection status table: all rows or nothing, each bad row named by its line.</summary>
public sealed class IndexModel(TreatyStatusService service, CountryDirectory directory, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public Protocol Protocol { get; set; } = Protocol.TIP;
    [BindProperty] public DateOnly AsOf { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow);
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Table { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];
    public int? AppliedRows { get; private set; }
    public IReadOnlyDictionary<Protocol, TreatyStatusEdition> Editions { get; private set; } = new Dictionary<Protocol, TreatyStatusEdition>();

    public async Task OnGetAsync() => Editions = await service.CurrentEditionsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            // A field that could not be read (e.g. the as-of date) stops the import before anything is parsed.
            Problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            Editions = await service.CurrentEditionsAsync();
            return Page();
        }
        var content = Table ?? "";
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > TreatyStatusApi.MaxTableBytes)
            {
                Problems = [text["Problem.file-too-large"]];
                Editions = await service.CurrentEditionsAsync();
                return Page();
            }
            using var reader = new StreamReader(Upload.OpenReadStream());
            content = await reader.ReadToEndAsync();
        }
        var result = await service.ImportUntcTableAsync(HttpContext.Actor(), Protocol, content, AsOf, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            AppliedRows = result.Value.RowCount;
            directory.Invalidate();
        }
        else if (this.Refusal(result.Problem) is { } refusal) return refusal;
        else Problems = ImportProblems.Messages(text, result.Problem);
        Editions = await service.CurrentEditionsAsync();
        return Page();
    }

    public string Describe(TreatyStatusEdition edition) =>
        string.Format(CultureInfo.CurrentCulture, text["Countries.AsOf"], text["Protocol." + edition.Protocol], edition.AsOf.ToString("D", CultureInfo.CurrentCulture));
}
