using System.Security.Claims;
using Palermo.Accounts;

namespace Palermo.Web.Accounts;

/// <summary>Reads what pages and endpoints need to know about the signed-in user from their claims.</summary>
public static class UserContext
{
    public static string? Country(this ClaimsPrincipal user) => user.FindFirstValue(PalermoClaims.Country);

    public static string? Id(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool IsSecretariat(this ClaimsPrincipal user) => PalermoRoles.Secretariat.Any(user.IsInRole);

    public static IReadOnlyList<string> Roles(this ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public static Inviter AsInviter(this ClaimsPrincipal user) => new(user.Id() ?? "", user.Roles(), user.Country());

    /// <summary>Secretariat and competent-authority accounts must enrol in two-factor sign-in before anything else.</summary>
    public static bool MustEnrolTwoFactor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && PalermoRoles.RequireTwoFactor.Any(user.IsInRole)
        && !string.Equals(user.FindFirstValue(PalermoClaims.TwoFactorEnabled), "true", StringComparison.Ordinal);
}
