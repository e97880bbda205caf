using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Web.Accounts;

namespace Palermo.Web.Pages.Admin.Users;

public sealed class IndexModel(PalermoDbContext db) : PageModel
{
    public sealed record Row(string Email, string Name, string? Country, string? Agency, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // ScopedUsers: a focal point sees only their own country's people.
        var users = await db.ScopedUsers.AsNoTracking().OrderBy(u => u.CountryIso3).ThenBy(u => u.Email).ToListAsync();
        var ids = users.Select(u => u.Id).ToList();
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "");
        var roles = (await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId)).ToListAsync())
            .ToLookup(ur => ur.UserId, ur => roleNames.GetValueOrDefault(ur.RoleId, ""));
        var now = DateTimeOffset.UtcNow;
        Users = users.Select(u => new Row(u.Email ?? "", u.DisplayName, u.CountryIso3, u.Agency, roles[u.Id].ToList(),
            u.TwoFactorEnabled, u.LockoutEnd > now)).ToList();
    }
}
