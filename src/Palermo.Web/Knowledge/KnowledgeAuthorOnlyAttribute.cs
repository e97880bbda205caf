using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Palermo.Web.Accounts;

namespace Palermo.Web.Knowledge;

/// <summary>
/// Knowledge pages that change records: someone not signed in is sent to sign in; someone signed in whose role may
/// not submit (<see cref="AuthorizationPolicies.KnowledgeAuthor"/>) gets a plain 403 — the localized error page —
/// rather than the cookie handler's redirect, so a form post is refused where it was made.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KnowledgeAuthorOnlyAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
            return;
        }
        var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(user, AuthorizationPolicies.KnowledgeAuthor)).Succeeded)
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
