using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Core.Tests.Screening;

/// <summary>
/// The anonymous screening record stays anonymous in the audit trail: its line says a record was kept, not which one,
/// by whom, from where or at what moment, while every other change keeps its who and where.
/// </summary>
public class AnonymousRecordAuditTests
{
    private sealed class SignedInRequest : IAuditActor
    {
        public string? UserId => "practitioner-egy";
        public string? UserName => "practitioner.egy@demo.test";
        public string? IpAddress => "203.0.113.7";
    }

    [Theory, AllDatabases]
    public async Task A_signed_in_save_is_audited_without_record_id_user_address_or_time_of_day(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync(configure: s => s.AddScoped<IAuditActor, SignedInRequest>());
        using var scope = services.CreateScope();
        var recorder = scope.ServiceProvider.GetRequiredService<LabourAssessmentRecorder>();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();

        var saved = await recorder.AssessAsync(Actors.Named("practitioner-EGY"),
            new LabourAssessmentAsk("adult", false, ["EX01"], Save: true, new AnonymousRecordInput(null, null, null, null)),
            TestContext.Current.CancellationToken);
        Assert.True(saved.Value!.Saved);
        // An ordinary change in the same request, to show the trail still says who and where for everything else.
        db.Invitations.Add(new Invitation { Email = "x@example.org", Role = PalermoRoles.Contributor, CountryIso3 = "EGY", TokenHash = "h1", ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var trail = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
        var record = Assert.Single(trail, a => a.EntityType == nameof(LabourAssessmentRecord));
        Assert.Equal("LabourAssessmentRecord.created", record.Action);
        Assert.Equal("EGY", record.CountryIso3);
        Assert.Null(record.EntityId);
        Assert.Null(record.UserId);
        Assert.Null(record.UserName);
        Assert.Null(record.IpAddress);
        Assert.Equal(TimeSpan.Zero, record.OccurredAt.UtcDateTime.TimeOfDay);
        Assert.DoesNotContain(saved.Value.Record!.Id.ToString(), record.Details ?? "", StringComparison.OrdinalIgnoreCase);

        var invitation = Assert.Single(trail, a => a.EntityType == nameof(Invitation));
        Assert.Equal(("practitioner-egy", "203.0.113.7"), (invitation.UserId, invitation.IpAddress));
        Assert.NotNull(invitation.EntityId);
        Assert.True(AuditChainVerifier.Verify(trail).Intact);
    }
}
