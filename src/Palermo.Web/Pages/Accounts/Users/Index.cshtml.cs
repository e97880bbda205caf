using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Accounts;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Pages.Accounts.Users;

public sealed class IndexModel(UserDirectory directory) : PageModel
{
    public sealed record Row(string Email, string Name, string? Country, string? Agency, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // The directory shows a focal point only their own country's people.
        var users = await directory.ListAsync(HttpContext.Actor(), UserListOrder.ByCountryThenEmail, HttpContext.RequestAborted);
        if (!users.Succeeded) return this.Refusal(users.Problem) ?? Forbid();
        Users = users.Value.Select(u => new Row(u.Email, u.DisplayName, u.CountryIso3, u.Agency, u.Roles, u.TwoFactorEnabled, u.LockedOut)).ToList();
        return Page();
    }
}
