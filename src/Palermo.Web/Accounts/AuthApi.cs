using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Palermo.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Accounts;

public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode);

public sealed record RefreshRequest(string? RefreshToken);

/// <summary>
/// Bearer sign-in for programs. A successful sign-in is answered by the bearer handler itself with
/// <c>{"tokenType","accessToken","expiresIn","refreshToken"}</c>; every failure is the same generic 401.
/// </summary>
public static class AuthApi
{
    public static void MapAuthApi(this RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").WithTags("Authentication");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithName("Login")
            .WithSummary("Sign in with e-mail, password and (when enrolled) a two-factor code; answers bearer tokens");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithName("RefreshToken")
            .WithSummary("Trade a refresh token for new bearer tokens, while the account's security stamp still holds");
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest body, SignInManager<PalermoUser> signIn, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password)) return problems.From(ProblemCodes.CredentialsRequired.With());
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.Email.Trim(), body.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(body.TwoFactorCode)) return problems.From(ProblemCodes.TwoFactorRequired.With());
            result = await signIn.TwoFactorAuthenticatorSignInAsync(body.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal),
                isPersistent: false, rememberClient: false);
        }
        if (result.IsLockedOut) return problems.From(ProblemCodes.LockedOut.With());
        if (!result.Succeeded) return problems.From(ProblemCodes.InvalidCredentials.With());
        // The bearer handler writes the tokens itself on sign-in; nothing is added here.
        return TypedResults.Empty;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(RefreshRequest body, SignInManager<PalermoUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time, Problems problems)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(body.RefreshToken) ? null : protector.Unprotect(body.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            return problems.From(ProblemCodes.InvalidRefreshToken.With());
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
