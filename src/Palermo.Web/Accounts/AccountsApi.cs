using Palermo.Web.Accounts;
using Palermo.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Web.Api;

namespace Palermo.Web.Accounts;

public sealed record UserView(string Id, string Email, string DisplayName, string? Country, string? Agency, string Language,
    IReadOnlyList<string> Roles, bool TwoFactorEnabled);

public sealed record InvitationBody(string? Email, string? Role, string? Country, string? Agency, string? Language);

public sealed record InvitationView(Guid Id, string Email, string Role, string? Country, string? Agency, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt);

/// <summary>Who am I, who is in my country, and invitations. Lists go through the scoped queries of the DbContext.</summary>
public static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/me", async Task<Results<Ok<UserView>, ProblemHttpResult>> (HttpContext http, UserManager<PalermoUser> users, Problems problems) =>
        {
            var user = await users.GetUserAsync(http.User);
            return user is null ? problems.NotFound() : TypedResults.Ok(await ViewAsync(users, user));
        }).RequireAuthorization().WithTags("Accounts");

        var people = v1.MapGroup("/users").WithTags("Accounts").RequirePermission(AccountsPermission.ListUsers);
        people.MapGet("/", async (PalermoDbContext db, UserManager<PalermoUser> users) =>
        {
            var list = await db.ScopedUsers.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
            var views = new List<UserView>(list.Count);
            foreach (var user in list) views.Add(await ViewAsync(users, user));
            return TypedResults.Ok(views);
        });
        people.MapGet("/{id}", async Task<Results<Ok<UserView>, ProblemHttpResult>> (
            string id, HttpContext http, PalermoDbContext db, UserManager<PalermoUser> users, Problems problems) =>
        {
            var user = await db.ScopedUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
            // Another country's user is answered exactly like a missing one, so ids reveal nothing.
            if (user is null || http.Actor().Decide(AccountsPermission.ReadUser, user) != AccessDecision.Allowed)
                return problems.NotFound();
            return TypedResults.Ok(await ViewAsync(users, user));
        });

        var invitations = v1.MapGroup("/invitations").WithTags("Accounts").RequirePermission(AccountsPermission.Invite);
        invitations.MapGet("/", async (PalermoDbContext db) =>
            TypedResults.Ok(await db.Invitations.AsNoTracking().OrderByDescending(i => i.CreatedAt)
                .Select(i => new InvitationView(i.Id, i.Email, i.Role, i.CountryIso3, i.Agency, i.ExpiresAt, i.AcceptedAt)).ToListAsync()));
        invitations.MapPost("/", async Task<Results<Created<InvitationView>, ProblemHttpResult>> (
            InvitationBody body, HttpContext http, InvitationService service, Problems problems) =>
        {
            var request = new InvitationRequest(body.Email ?? "", body.Role ?? "", body.Country ?? http.User.Country(), body.Agency,
                body.Language ?? Localization.PalermoLocalization.CurrentLanguage());
            var result = await service.InviteAsync(http.Actor(), request);
            if (!result.Succeeded) return problems.Invalid(result.Problems);
            var i = result.Value!;
            return TypedResults.Created($"/api/v1/invitations/{i.Id}", new InvitationView(i.Id, i.Email, i.Role, i.CountryIso3, i.Agency, i.ExpiresAt, i.AcceptedAt));
        });
    }

    private static async Task<UserView> ViewAsync(UserManager<PalermoUser> users, PalermoUser user) =>
        new(user.Id, user.Email ?? "", user.DisplayName, user.CountryIso3, user.Agency, user.PreferredLanguage,
            [.. await users.GetRolesAsync(user)], user.TwoFactorEnabled);
}
