using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Pages.Accounts;

/// <summary>The invitee chooses a name and password; the code arrives in the link's fragment, filled in by site.js.</summary>
public sealed class AcceptInvitationModel(InvitationService invitations, SignInManager<PalermoUser> signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public AcceptInput Input { get; set; } = new();

    public sealed class AcceptInput
    {
        [Required(ErrorMessage = "Validation.Required"), Display(Name = "Field.InvitationCode")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), StringLength(200), Display(Name = "Field.Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer"), Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await invitations.AcceptAsync(Input.Code, Input.DisplayName, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var message in text.Messages(result.Problem)) ModelState.AddModelError("", message);
            return Page();
        }
        await signIn.SignInAsync(result.Value, isPersistent: false);
        Localization.CultureCookie.Remember(Response, result.Value.PreferredLanguage);
        return LocalRedirect("/");
    }
}
