using Palermo.Audit;
using Palermo.TravelDocuments;
using Palermo.TreatyStatus;
using Palermo.Tests.Access;

namespace Palermo.Tests.Audit;

/// <summary>The one-permission features as a table: the audit trail, treaty status, travel documents.</summary>
public sealed class SmallFeatureAccessTests
{
    [Theory]
    [InlineData("admin", true)]
    [InlineData("analyst", true)]
    [InlineData("focal-EGY", false)]
    [InlineData("anonymous", false)]
    public void Who_browses_the_audit_trail(string actor, bool may) => Assert.Equal(may, Actors.Named(actor).Can(AuditPermission.Browse));

    [Theory]
    [InlineData("admin", TreatyStatusPermission.Import, true)]
    [InlineData("analyst", TreatyStatusPermission.Import, false)]
    [InlineData("anonymous", TreatyStatusPermission.Read, true)]
    public void Treaty_status(string actor, TreatyStatusPermission permission, bool may) => Assert.Equal(may, Actors.Named(actor).Can(permission));

    [Theory]
    [InlineData("officer-EGY", true)]
    [InlineData("practitioner-EGY", true)]
    [InlineData("anonymous", false)]
    public void Who_checks_a_travel_document(string actor, bool may) => Assert.Equal(may, Actors.Named(actor).Can(TravelDocumentsPermission.CheckMrz));
}
