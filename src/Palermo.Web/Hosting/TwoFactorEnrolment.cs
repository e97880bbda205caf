using Palermo.Hosting;
using Palermo.Web.Accounts;

namespace Palermo.Web.Hosting;

/// <summary>
/// Outside Development, secretariat and competent-authority accounts reach nothing but the enrolment page
/// (and sign-out) until two-factor sign-in is on.
/// </summary>
public sealed class TwoFactorEnrolment(RequestDelegate next, PalermoOptions options)
{
    private static readonly string[] Allowed = ["/account/two-factor", "/account/logout", "/culture", "/css", "/js", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        if (!options.RequireTwoFactorForPrivilegedRoles || !context.User.MustEnrolTwoFactor()
            || Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            return next(context);
        if (ApiAwareCookies.IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.RequestServices.GetRequiredService<Api.Problems>()
                .Create(StatusCodes.Status403Forbidden, "two-factor-enrolment-required").ExecuteAsync(context);
        }
        context.Response.Redirect("/account/two-factor");
        return Task.CompletedTask;
    }
}
