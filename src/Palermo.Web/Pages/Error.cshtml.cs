using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Palermo.Web.Pages;

/// <summary>The page people see for errors and for 403/404: localized, and it never shows exception details.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";
    public string TextKey { get; private set; } = "Error.Text";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (TitleKey, TextKey) = status switch
        {
            404 => ("Error.NotFound.Title", "Error.NotFound.Text"),
            403 => ("AccessDenied.Title", "AccessDenied.Text"),
            _ => ("Error.Title", "Error.Text"),
        };
    }
}
