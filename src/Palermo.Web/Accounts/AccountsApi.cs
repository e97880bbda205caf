using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;

namespace Palermo.Web.Accounts;

public sealed record UserView(string Id, string Email, string DisplayName, string? Country, string? Agency, string Language,
    IReadOnlyList<string> Roles, bool TwoFactorEnabled)
{
    public static UserView From(UserEntry user) =>
        new(user.Id, user.Email, user.DisplayName, user.CountryIso3, user.Agency, user.Language, user.Roles, user.TwoFactorEnabled);
}

public sealed record InvitationBody(string? Email, string? Role, string? Country, string? Agency, string? Language);

public sealed record InvitationView(Guid Id, string Email, string Role, string? Country, string? Agency, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt)
{
    public static InvitationView From(Invitation i) => new(i.Id, i.Email, i.Role, i.CountryIso3, i.Agency, i.ExpiresAt, i.AcceptedAt);
}

/// <summary>Who am I, who is in my country, and invitations: thin over <see cref="UserDirectory"/> and <see cref="InvitationService"/>.</summary>
public static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/me", MeAsync).RequireAuthorization().WithTags("Accounts").WithName("GetMe").WithSummary("The signed-in user's own entry");

        var people = v1.MapGroup("/users").WithTags("Accounts").RequirePermission(AccountsPermission.ListUsers);
        people.MapGet("/", ListUsersAsync).WithName("ListUsers").WithSummary("The users the caller may see: everyone for the secretariat, else their country's");
        people.MapGet("/{id}", GetUserAsync).WithName("GetUser").WithSummary("One user; another country's user is not found");

        var invitations = v1.MapGroup("/invitations").WithTags("Accounts").RequirePermission(AccountsPermission.Invite);
        invitations.MapGet("/", ListInvitationsAsync).WithName("ListInvitations").WithSummary("The invitations the caller may see, newest first");
        invitations.MapPost("/", InviteAsync).WithName("Invite").WithSummary("Invite someone by e-mail into a role (and a country)");
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> MeAsync(HttpContext http, UserDirectory directory, Problems problems) =>
        await directory.SelfAsync(http.Actor(), http.RequestAborted) is { Succeeded: true } me
            ? TypedResults.Ok(UserView.From(me.Value))
            : problems.NotFound();

    public static async Task<Results<Ok<List<UserView>>, ProblemHttpResult>> ListUsersAsync(HttpContext http, UserDirectory directory, Problems problems)
    {
        var users = await directory.ListAsync(http.Actor(), UserListOrder.ByEmail, http.RequestAborted);
        return users.Succeeded ? TypedResults.Ok(users.Value.Select(UserView.From).ToList()) : problems.From(users.Problem);
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetUserAsync(string id, HttpContext http, UserDirectory directory, Problems problems)
    {
        var user = await directory.FindAsync(http.Actor(), id, http.RequestAborted);
        return user.Succeeded ? TypedResults.Ok(UserView.From(user.Value)) : problems.From(user.Problem);
    }

    public static async Task<Results<Ok<List<InvitationView>>, ProblemHttpResult>> ListInvitationsAsync(
        HttpContext http, UserDirectory directory, Problems problems)
    {
        var sent = await directory.InvitationsAsync(http.Actor(), cancellationToken: http.RequestAborted);
        return sent.Succeeded ? TypedResults.Ok(sent.Value.Select(InvitationView.From).ToList()) : problems.From(sent.Problem);
    }

    public static async Task<Results<Created<InvitationView>, ProblemHttpResult>> InviteAsync(
        InvitationBody body, HttpContext http, InvitationService service, Problems problems)
    {
        var request = new InvitationRequest(body.Email ?? "", body.Role ?? "", body.Country ?? http.Actor().CountryIso3, body.Agency,
            body.Language ?? PalermoLocalization.CurrentLanguage());
        var result = await service.InviteAsync(http.Actor(), request, http.RequestAborted);
        if (!result.Succeeded) return problems.From(result.Problem);
        return TypedResults.Created($"/api/v1/invitations/{result.Value.Id}", InvitationView.From(result.Value));
    }
}
