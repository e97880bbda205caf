using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Tests.Data;

namespace Palermo.Tests.Audit;

public class AuditTrailTests
{
    private sealed class Actor : IAuditActor
    {
        public string? UserId => "user-1";
        public string? UserName => "focal.egy@demo.test";
        public string? IpAddress => "203.0.113.7";
    }

    [Theory, AllDatabases]
    public async Task Every_change_is_recorded_with_who_what_which_record_and_where_and_the_chain_holds(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using var db = ContextFactory.As(services, SystemDataScope.Instance, new Actor());
        var invitation = new Invitation { Email = "x@example.org", Role = PalermoRoles.Contributor, CountryIso3 = "EGY", TokenHash = "h1", ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        invitation.Agency = "Ministry of Justice";
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Invitation)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Invitation.created", "Invitation.updated"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(invitation.Id.ToString(), e.EntityId);
            Assert.Equal("focal.egy@demo.test", e.UserName);
            Assert.Equal("203.0.113.7", e.IpAddress);
            Assert.Equal("EGY", e.CountryIso3);
        });
        Assert.Contains("Agency", entries[1].Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Ministry of Justice", entries[1].Details ?? "", StringComparison.Ordinal);

        var all = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var verification = AuditChainVerifier.Verify(all);
        Assert.True(verification.Intact);
        Assert.Equal(all.Count, verification.EntriesChecked);
    }

    [Theory, AllDatabases]
    public async Task Tampering_with_an_entry_is_reported_at_that_entry(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using var db = ContextFactory.As(services, SystemDataScope.Instance);
        var count = await db.AuditEntries.CountAsync();
        Assert.True(count >= 3);

        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Action\" = 'forged' WHERE \"Id\" = 2");

        var verification = AuditChainVerifier.Verify(await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.False(verification.Intact);
        Assert.Equal(2, verification.FirstBreak!.EntryId);
        Assert.Equal("content-altered", verification.FirstBreak.Reason);
    }

    [Theory, AllDatabases]
    public async Task The_trail_cannot_be_edited_or_deleted_through_the_application(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using var db = ContextFactory.As(services, SystemDataScope.Instance);
        var first = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();

        first.Action = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.OrderBy(a => a.Id).FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        Assert.NotEqual("rewritten", (await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).FirstAsync()).Action);
    }

    [Fact]
    public void A_removed_entry_breaks_the_link_of_the_next_one()
    {
        var entries = Enumerable.Range(1, 4).Select(i => new AuditEntry { Id = i, Action = "a" + i, EntityType = "T", OccurredAt = DateTimeOffset.UnixEpoch }).ToList();
        var previous = AuditHasher.Genesis;
        foreach (var entry in entries) { AuditHasher.Seal(entry, previous); previous = entry.Hash; }
        Assert.True(AuditChainVerifier.Verify(entries).Intact);

        entries.RemoveAt(1);
        var verification = AuditChainVerifier.Verify(entries);
        Assert.Equal(3, verification.FirstBreak!.EntryId);
        Assert.Equal("previous-hash-mismatch", verification.FirstBreak.Reason);
    }
}
