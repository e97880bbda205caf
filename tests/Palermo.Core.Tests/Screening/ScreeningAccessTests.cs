using Palermo.Screening;
using Palermo.Tests.Access;

namespace Palermo.Tests.Screening;

/// <summary>The rules of the screening tools as a table.</summary>
public sealed class ScreeningAccessTests
{
    [Theory]
    [InlineData("anonymous", ScreeningPermission.Screen, true)]
    [InlineData("anonymous", ScreeningPermission.SaveRecord, false)]
    [InlineData("practitioner-EGY", ScreeningPermission.SaveRecord, true)]
    [InlineData("practitioner-EGY", ScreeningPermission.ReadStatistics, false)]
    [InlineData("focal-EGY", ScreeningPermission.ReadStatistics, true)]
    [InlineData("analyst", ScreeningPermission.ReadStatistics, true)]
    [InlineData("partner", ScreeningPermission.ReadStatistics, false)]
    [InlineData("analyst", ScreeningPermission.ReadCatalogueHistory, true)]
    [InlineData("focal-EGY", ScreeningPermission.ReadCatalogueHistory, false)]
    [InlineData("admin", ScreeningPermission.EditCatalogue, true)]
    [InlineData("analyst", ScreeningPermission.EditCatalogue, false)]
    [InlineData("focal-EGY", ScreeningPermission.EditReferralContacts, true)]
    [InlineData("contributor-EGY", ScreeningPermission.EditReferralContacts, false)]
    public void Feature_rules(string actor, ScreeningPermission permission, bool may) =>
        Assert.Equal(may, Actors.Named(actor).Can(permission));

    [Theory]
    [InlineData("admin", "NGA", true)]
    [InlineData("focal-EGY", "EGY", true)]
    [InlineData("focal-EGY", "egy", true)]
    [InlineData("focal-EGY", "NGA", false)]
    [InlineData("focal-EGY", null, false)]
    [InlineData("analyst", "EGY", false)]
    [InlineData("officer-EGY", "EGY", false)]
    public void Referral_contacts_are_changed_for_a_country(string actor, string? country, bool may) =>
        Assert.Equal(may, Actors.Named(actor).Can(ScreeningPermission.EditReferralContacts, country));
}
