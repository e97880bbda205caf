using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Tests.Data;

namespace Palermo.Tests.Audit;

/// <summary>The chain rows and the entity rows of one save commit or roll back together.</summary>
public class AuditChainInterceptorTests
{
    private static Invitation Invitation(string tokenHash) => new()
    {
        Email = $"{tokenHash}@example.org", Role = PalermoRoles.Contributor, CountryIso3 = "EGY",
        TokenHash = tokenHash, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
    };

    [Theory, AllDatabases]
    public async Task A_failed_save_leaves_no_audit_line_and_the_next_save_extends_an_intact_chain(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using (var first = ContextFactory.As(services, SystemDataScope.Instance))
        {
            first.Invitations.Add(Invitation("taken"));
            await first.SaveChangesAsync();
        }
        await using var db = ContextFactory.As(services, SystemDataScope.Instance);
        var before = await db.AuditEntries.CountAsync();

        db.Invitations.Add(Invitation("taken"));
        db.Record("test.explicit", "Test", "1");
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(before, await db.AuditEntries.CountAsync());

        // The chain lock was released on failure: a later save from another context is not blocked and appends after it.
        await using var next = ContextFactory.As(services, SystemDataScope.Instance);
        next.Invitations.Add(Invitation("free"));
        await next.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var all = await next.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(before + 1, all.Count);
        Assert.Equal("Invitation.created", all[^1].Action);
        Assert.True(AuditChainVerifier.Verify(all).Intact);
    }

    [Theory, AllDatabases]
    public async Task An_explicit_event_alone_is_written_on_the_next_save(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using var db = ContextFactory.As(services, SystemDataScope.Instance);

        db.Record("export.downloaded", "Cycle", "7", "EGY", new { format = "csv" });
        var written = await db.SaveChangesAsync();

        Assert.Equal(1, written);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("export.downloaded", "7", "EGY"), (last.Action, last.EntityId, last.CountryIso3));
        Assert.Equal(0, await db.SaveChangesAsync());
    }

    [Theory, AllDatabases]
    public async Task A_synchronous_save_is_audited_like_an_asynchronous_one(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using var db = ContextFactory.As(services, SystemDataScope.Instance);
        var invitation = Invitation("sync");

        db.Invitations.Add(invitation);
        Assert.Equal(2, db.SaveChanges());

        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("Invitation.created", invitation.Id.ToString()), (last.Action, last.EntityId));
    }
}
