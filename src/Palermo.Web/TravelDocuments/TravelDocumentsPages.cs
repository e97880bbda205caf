using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.TravelDocuments;
using Palermo.Web.Accounts;

namespace Palermo.Web.TravelDocuments;

/// <summary>Who opens the travel-document pages.</summary>
public static class TravelDocumentsPages
{
    public static void AddTravelDocumentsPages(this PageConventionCollection pages) =>
        pages.RequirePermission("/TravelDocuments/Check", TravelDocumentsPermission.CheckMrz);
}
