using Palermo.Access;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;

namespace Palermo.Web.Pages.Accounts.Invitations;

public sealed class IndexModel(UserDirectory directory, InvitationService invitations, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public InviteInput Input { get; set; } = new();

    public IReadOnlyList<Invitation> Sent { get; private set; } = [];
    public IReadOnlyList<string> InvitableRoles { get; private set; } = [];
    public bool Done { get; private set; }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), Display(Name = "Field.Role")]
        public string Role { get; set; } = PalermoRoles.Contributor;

        [Display(Name = "Field.Country")] public string? Country { get; set; }
        [Display(Name = "Field.Agency")] public string? Agency { get; set; }
        [Display(Name = "Field.Language")] public string Language { get; set; } = PalermoLanguages.Default;
    }

    public async Task OnGetAsync()
    {
        Input.Language = PalermoLocalization.CurrentLanguage();
        Input.Country = User.Country();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            // A focal point can only invite into their own country, whatever the form says.
            var country = HttpContext.Actor().ChoosesInvitationCountry() ? Input.Country : User.Country();
            var result = await invitations.InviteAsync(HttpContext.Actor(),
                new InvitationRequest(Input.Email, Input.Role, country, Input.Agency, Input.Language));
            if (result.Succeeded)
            {
                Done = true;
                ModelState.Clear();
                Input = new InviteInput { Language = Input.Language, Country = User.Country() };
            }
            else
            {
                foreach (var message in text.Messages(result.Problem)) ModelState.AddModelError("", message);
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        InvitableRoles = HttpContext.Actor().InvitableRoles();
        var sent = await directory.InvitationsAsync(HttpContext.Actor(), limit: 100, HttpContext.RequestAborted);
        Sent = sent.Succeeded ? sent.Value : [];
    }
}
