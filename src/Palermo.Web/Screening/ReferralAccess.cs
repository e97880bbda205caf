using System.Security.Claims;
using Palermo.Accounts;
using Palermo.Web.Accounts;

namespace Palermo.Web.Screening;

/// <summary>Who may change a country's referral contacts: the secretariat administrator for any country, a focal point for their own.</summary>
public static class ReferralAccess
{
    public static readonly string[] EditorRoles = [PalermoRoles.SecretariatAdmin, PalermoRoles.FocalPoint];

    public static bool MayEdit(ClaimsPrincipal user, string? iso3)
    {
        if (user.IsInRole(PalermoRoles.SecretariatAdmin)) return true;
        return iso3 is not null
               && user.IsInRole(PalermoRoles.FocalPoint)
               && string.Equals(user.Country(), iso3, StringComparison.OrdinalIgnoreCase);
    }
}
