using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Data;

namespace Palermo.Accounts;

/// <summary>One person as the directory shows them: placement, roles and sign-in state, never secrets.</summary>
public sealed record UserEntry(string Id, string Email, string DisplayName, string? CountryIso3, string? Agency, string Language,
    IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool LockedOut);

/// <summary>How a list of users is ordered: by e-mail (the API) or grouped by country (the administration page).</summary>
public enum UserListOrder
{
    ByEmail,
    ByCountryThenEmail,
}

/// <summary>
/// Who is in the system and who was invited, as the actor may see it: the secretariat everyone, a focal point their
/// own country. The API and the administration pages read users and invitations only through here.
/// </summary>
public sealed class UserDirectory(PalermoDbContext db, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<UserEntry>>> ListAsync(Actor actor, UserListOrder order = UserListOrder.ByEmail,
        CancellationToken cancellationToken = default)
    {
        if (!actor.Can(AccountsPermission.ListUsers)) return ProblemCodes.Forbidden.With();
        var visible = VisibleTo(actor);
        var ordered = order == UserListOrder.ByCountryThenEmail
            ? visible.OrderBy(u => u.CountryIso3).ThenBy(u => u.Email)
            : visible.OrderBy(u => u.Email);
        var users = await ordered.ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<UserEntry>>.Ok(await EntriesAsync(users, cancellationToken));
    }

    /// <summary>One user; another country's user is answered exactly like a missing one, so ids reveal nothing.</summary>
    public async Task<Outcome<UserEntry>> FindAsync(Actor actor, string id, CancellationToken cancellationToken = default)
    {
        var user = await VisibleTo(actor).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null) return ProblemCodes.NotFound.With();
        if (actor.Decide(AccountsPermission.ReadUser, user).AsProblem() is { } refused) return refused;
        return (await EntriesAsync([user], cancellationToken))[0];
    }

    /// <summary>The actor's own entry: everyone signed in may read themselves, whatever their country.</summary>
    public async Task<Outcome<UserEntry>> SelfAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var user = actor.UserId is null ? null
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == actor.UserId, cancellationToken);
        if (user is null) return ProblemCodes.NotFound.With();
        return (await EntriesAsync([user], cancellationToken))[0];
    }

    /// <summary>Invitations the actor may see, newest first.</summary>
    public async Task<Outcome<IReadOnlyList<Invitation>>> InvitationsAsync(Actor actor, int? limit = null, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(AccountsPermission.Invite)) return ProblemCodes.Forbidden.With();
        var query = db.Invitations.AsNoTracking()
            .Where(i => actor.IsSecretariat || (actor.CountryIso3 != null && i.CountryIso3 == actor.CountryIso3))
            .OrderByDescending(i => i.CreatedAt);
        var list = await (limit is { } most ? query.Take(most) : query).ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<Invitation>>.Ok(list);
    }

    // The context's own scope already filters by country; the actor's filter repeats it so that a unit of work
    // opened for someone else (the CLI, a test) still shows this actor only what is theirs.
    private IQueryable<PalermoUser> VisibleTo(Actor actor)
    {
        var seesAll = actor.IsSecretariat;
        var country = actor.CountryIso3;
        return db.ScopedUsers.AsNoTracking().Where(u => seesAll || (country != null && u.CountryIso3 == country));
    }

    private async Task<IReadOnlyList<UserEntry>> EntriesAsync(IReadOnlyList<PalermoUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);
        var roles = (await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId)).ToListAsync(cancellationToken))
            .ToLookup(ur => ur.UserId, ur => roleNames.GetValueOrDefault(ur.RoleId, ""));
        var now = time.GetUtcNow();
        return users.Select(u => new UserEntry(u.Id, u.Email ?? "", u.DisplayName, u.CountryIso3, u.Agency, u.PreferredLanguage,
            roles[u.Id].ToList(), u.TwoFactorEnabled, u.LockoutEnd > now)).ToList();
    }
}
