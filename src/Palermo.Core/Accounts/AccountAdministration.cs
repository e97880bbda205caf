using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;

namespace Palermo.Accounts;

public sealed record NewAccount(string Email, string Role, string? CountryIso3, string? Agency, string DisplayName, string Password,
    string Language = PalermoLanguages.Default);

/// <summary>Creating accounts and changing roles, with the rules every host shares (CLI, invitations, demo data).</summary>
public sealed class AccountAdministration(UserManager<PalermoUser> users, RoleManager<IdentityRole> roles, PalermoDbContext db)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in PalermoRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <summary>Checks role, country and agency together: a country-bound role needs a known country.</summary>
    public async Task<IReadOnlyList<FieldError>> ValidatePlacementAsync(string role, string? countryIso3, string? agency)
    {
        var problems = new List<FieldError>();
        if (!PalermoRoles.IsKnown(role)) problems.Add(new("role", "unknown-role", role));
        var needsCountry = PalermoRoles.CountryBound.Contains(role, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(countryIso3))
        {
            if (needsCountry) problems.Add(new("country", "country-required", role));
        }
        else if (!await db.Countries.AnyAsync(c => c.Iso3 == countryIso3.ToUpperInvariant()))
            problems.Add(new("country", "unknown-country", countryIso3));
        if (role == PalermoRoles.CompetentAuthorityOfficer && string.IsNullOrWhiteSpace(agency))
            problems.Add(new("agency", "agency-required", role));
        return problems;
    }

    public async Task<Outcome<PalermoUser>> CreateAsync(NewAccount account)
    {
        var problems = (await ValidatePlacementAsync(account.Role, account.CountryIso3, account.Agency)).ToList();
        if (!PalermoLanguages.IsSupported(account.Language)) problems.Add(new("language", "unknown-language", account.Language));
        if (await users.FindByEmailAsync(account.Email) is not null) problems.Add(new("email", "email-taken", account.Email));
        if (problems.Count > 0) return Problem.Invalid([.. problems]);

        var user = new PalermoUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? account.Email : account.DisplayName.Trim(),
            CountryIso3 = string.IsNullOrWhiteSpace(account.CountryIso3) ? null : account.CountryIso3.ToUpperInvariant(),
            Agency = string.IsNullOrWhiteSpace(account.Agency) ? null : account.Agency.Trim(),
            PreferredLanguage = account.Language,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded) return Problem.Invalid([.. IdentityProblems(created)]);
        var placed = await users.AddToRoleAsync(user, account.Role);
        if (!placed.Succeeded)
        {
            // No account without a role: it could sign in yet belong nowhere.
            await users.DeleteAsync(user);
            return Problem.Invalid([.. IdentityProblems(placed)]);
        }
        return user;
    }

    public async Task<Outcome<PalermoUser>> SetRoleAsync(string email, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null) return Problem.Invalid(new FieldError("email", "unknown-user", email));
        var problems = await ValidatePlacementAsync(role, user.CountryIso3, user.Agency);
        if (problems.Count > 0) return Problem.Invalid([.. problems]);
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        return user;
    }

    /// <summary>For a user who lost their authenticator: two-factor off, key renewed, they enrol again at next sign-in.</summary>
    public async Task<Outcome<PalermoUser>> ResetTwoFactorAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null) return Problem.Invalid(new FieldError("email", "unknown-user", email));
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return user;
    }

    internal static IEnumerable<FieldError> IdentityProblems(IdentityResult result) =>
        result.Errors.Select(e => new FieldError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email",
            "identity-" + e.Code, null));
}
