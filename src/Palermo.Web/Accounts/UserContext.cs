using System.Security.Claims;
using Palermo.Access;
using Palermo.Accounts;

namespace Palermo.Web.Accounts;

/// <summary>
/// Turns the signed-in principal into the Core <see cref="Actor"/> every rule is asked about. This is the only place
/// the web reads roles and country from claims; everything else asks the features' access rules about the actor.
/// </summary>
public static class UserContext
{
    private static readonly object ActorKey = new();

    /// <summary>The request's actor, built once per request from its principal.</summary>
    public static Actor Actor(this HttpContext http)
    {
        if (http.Items.TryGetValue(ActorKey, out var cached) && cached is Actor actor && ReferenceEquals(http.Items[PrincipalKey], http.User)) return actor;
        actor = http.User.ToActor();
        http.Items[ActorKey] = actor;
        http.Items[PrincipalKey] = http.User;
        return actor;
    }

    private static readonly object PrincipalKey = new();

    public static Actor ToActor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? Palermo.Access.Actor.Of(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindAll(ClaimTypes.Role).Select(c => c.Value),
                user.FindFirstValue(PalermoClaims.Country), user.FindFirstValue(PalermoClaims.Agency))
            : Palermo.Access.Actor.Anonymous;

    public static string? Country(this ClaimsPrincipal user) => user.FindFirstValue(PalermoClaims.Country);

    public static string? Id(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Secretariat and competent-authority accounts must enrol in two-factor sign-in before anything else.</summary>
    public static bool MustEnrolTwoFactor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && PalermoRoles.RequireTwoFactor.Any(user.IsInRole)
        && !string.Equals(user.FindFirstValue(PalermoClaims.TwoFactorEnabled), "true", StringComparison.Ordinal);
}
