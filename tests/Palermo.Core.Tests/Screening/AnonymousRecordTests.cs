using Palermo.Screening;

namespace Palermo.Core.Tests.Screening;

public class AnonymousRecordTests
{
    [Theory]
    [InlineData("A", true)]
    [InlineData("U", true)]
    [InlineData("V", false)]
    [InlineData("a", false)]
    [InlineData("AB", false)]
    public void Sectors_are_the_isic_rev4_section_letters(string value, bool expected) =>
        Assert.Equal(expected, AnonymousRecordFields.IsSector(value));

    [Fact]
    public void Sex_and_age_group_are_closed_lists()
    {
        Assert.True(AnonymousRecordFields.IsSex("female"));
        Assert.False(AnonymousRecordFields.IsSex("Female"));
        Assert.True(AnonymousRecordFields.IsAgeGroup("50+"));
        Assert.False(AnonymousRecordFields.IsAgeGroup("50-64"));
    }

    [Fact]
    public void The_shipped_catalogue_loads_with_its_translations_and_client_copy()
    {
        var catalogue = LabourScreeningCatalogue.FromReferenceData();

        Assert.Equal(new CatalogueReference("ilo-ec-2009-labour", 1), catalogue.Evaluator.CatalogueReference);
        Assert.Equal("Deceived about the nature of the job, location, or employer", catalogue.IndicatorName("DR01", "en"));
        Assert.Equal("XX99", catalogue.IndicatorName("XX99", "ar"));
        Assert.StartsWith("{\"catalogue\":", System.Text.Encoding.UTF8.GetString(catalogue.ClientJson), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_lists_its_indicator_ids()
    {
        var record = new LabourAssessmentRecord { Indicators = "DR01 EX01" };
        Assert.Equal(["DR01", "EX01"], record.IndicatorIds());
    }
}
