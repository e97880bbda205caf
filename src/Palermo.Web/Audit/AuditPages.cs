using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.Audit;
using Palermo.Web.Accounts;

namespace Palermo.Web.Audit;

/// <summary>Who opens the audit pages.</summary>
public static class AuditPages
{
    public static void AddAuditPages(this PageConventionCollection pages) =>
        pages.RequirePermission("/Audit/", AuditPermission.Browse);
}
