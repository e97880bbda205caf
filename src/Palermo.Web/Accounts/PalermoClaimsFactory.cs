using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Palermo.Accounts;

namespace Palermo.Web.Accounts;

/// <summary>Puts the user's country, agency and language into the cookie or bearer token, so scoping needs no lookup.</summary>
public sealed class PalermoClaimsFactory(UserManager<PalermoUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PalermoUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PalermoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.CountryIso3 is not null) identity.AddClaim(new Claim(PalermoClaims.Country, user.CountryIso3));
        if (user.Agency is not null) identity.AddClaim(new Claim(PalermoClaims.Agency, user.Agency));
        identity.AddClaim(new Claim(PalermoClaims.Language, user.PreferredLanguage));
        identity.AddClaim(new Claim(PalermoClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(PalermoClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
