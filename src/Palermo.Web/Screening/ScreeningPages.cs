using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.Screening;
using Palermo.Web.Accounts;

namespace Palermo.Web.Screening;

/// <summary>Who opens the screening pages (the guide itself is open to everyone).</summary>
public static class ScreeningPages
{
    public static void AddScreeningPages(this PageConventionCollection pages)
    {
        pages.RequirePermission("/Screening/Catalogue/", ScreeningPermission.EditCatalogue);
        pages.RequirePermission("/Screening/Statistics", ScreeningPermission.ReadStatistics);
        pages.RequirePermission("/Screening/Referrals", ScreeningPermission.EditReferralContacts);
    }
}
