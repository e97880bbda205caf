using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.TreatyStatus;
using Palermo.Web.Accounts;

namespace Palermo.Web.TreatyStatus;

/// <summary>Who opens the treaty-status pages.</summary>
public static class TreatyStatusPages
{
    public static void AddTreatyStatusPages(this PageConventionCollection pages) =>
        pages.RequirePermission("/TreatyStatus/", TreatyStatusPermission.Import);
}
