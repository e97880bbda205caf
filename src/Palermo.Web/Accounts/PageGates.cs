using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Palermo.Web.Accounts;

/// <summary>How a feature gates its pages: with its own permissions (<see cref="AuthorizationPolicies"/>), never with role lists.</summary>
public static class PageGates
{
    public static void RequirePermission<TPermission>(this PageConventionCollection pages, string pageOrFolder, TPermission permission)
        where TPermission : struct, Enum
    {
        if (pageOrFolder.EndsWith('/')) pages.AuthorizeFolder(pageOrFolder.TrimEnd('/'), AuthorizationPolicies.Name(permission));
        else pages.AuthorizePage(pageOrFolder, AuthorizationPolicies.Name(permission));
    }

    /// <summary>
    /// For pages that change records: someone signed out is sent to sign in; someone signed in without the permission
    /// gets a plain 403 (the localized error page) rather than a redirect, so a form post is refused where it was made.
    /// </summary>
    public static void RequirePermissionOrRefuse<TPermission>(this PageConventionCollection pages, string page, TPermission permission)
        where TPermission : struct, Enum =>
        pages.AddPageApplicationModelConvention(page, model => model.Filters.Add(new RefuseInPlace(AuthorizationPolicies.Name(permission))));

    private sealed class RefuseInPlace(string policy) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (http.User.Identity?.IsAuthenticated != true)
            {
                context.Result = new ChallengeResult();
                return;
            }
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(http.User, http, policy)).Succeeded)
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }
}
