using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Cli.Hosting;
using Palermo.Data;
using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary><c>palermo users list</c>: every account with its role and placement, as a table.</summary>
public sealed class ListUsersCommand(CliEnvironment environment) : DatabaseCommand<ListUsersSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, ListUsersSettings settings, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PalermoDbContext>();
        var country = settings.Country?.Trim().ToUpperInvariant();
        var users = await db.Users.AsNoTracking()
            .Where(u => country == null || u.CountryIso3 == country)
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Email, u.DisplayName, u.CountryIso3, u.Agency, u.PreferredLanguage, u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            })
            .ToListAsync(cancellationToken);

        var table = new Table().AddColumns("E-mail", "Name", "Role", "Country", "Agency", "Language", "2FA");
        foreach (var user in users)
        {
            table.AddRow(Markup.Escape(user.Email ?? ""), Markup.Escape(user.DisplayName), Markup.Escape(string.Join(", ", user.Roles)),
                user.CountryIso3 ?? "", Markup.Escape(user.Agency ?? ""), user.PreferredLanguage, user.TwoFactorEnabled ? "yes" : "no");
        }

        Environment.Console.Write(table);
        Environment.Console.MarkupLineInterpolated($"{users.Count} account(s).");
        return ExitCodes.Success;
    }
}
