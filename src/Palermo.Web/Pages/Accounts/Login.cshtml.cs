using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;

namespace Palermo.Web.Pages.Accounts;

public sealed class LoginModel(SignInManager<PalermoUser> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Field.Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor) return RedirectToPage("./LoginTwoFactor", new { ReturnUrl });
        if (result.Succeeded) Localization.CultureCookie.RememberCurrent(Response);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(ReturnUrl));
        // One message for unknown email and wrong password, so the form does not reveal who has an account.
        ModelState.AddModelError("", result.IsLockedOut ? text["Login.LockedOut"] : text["Login.Failed"]);
        return Page();
    }

    internal static string SafeReturnUrl(string? url) => Hosting.LocalReturnUrl.OrHome(url);
}
