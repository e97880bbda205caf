using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Accounts;

namespace Palermo.Web.Pages.Accounts;

/// <summary>Sign-out is a POST (with antiforgery), so a link elsewhere cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<PalermoUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
