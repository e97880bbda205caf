using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Palermo.Knowledge;
using Palermo.Web.Accounts;

namespace Palermo.Web.Knowledge;

/// <summary>Who opens the knowledge pages (search and published records are public).</summary>
public static class KnowledgePages
{
    public static void AddKnowledgePages(this PageConventionCollection pages)
    {
        pages.RequirePermissionOrRefuse("/Knowledge/New", KnowledgePermission.Contribute);
        pages.RequirePermissionOrRefuse("/Knowledge/Edit", KnowledgePermission.Contribute);
        pages.RequirePermission("/Knowledge/Review", KnowledgePermission.Review);
        pages.RequirePermission("/Knowledge/ReviewRecord", KnowledgePermission.Review);
    }
}
