using Microsoft.AspNetCore.Mvc.ApplicationModels;
namespace Palermo.Web.Reporting;

/// <summary>Who opens the reporting pages: anyone signed in; each page then asks <c>ReportingAccess</c> about its cycle or submission.</summary>
public static class ReportingPages
{
    public static void AddReportingPages(this PageConventionCollection pages) => pages.AuthorizeFolder("/Reporting");
}
