using Palermo.Screening;

namespace Palermo.Tests.Screening;

/// <summary>
/// The four ways a dimension becomes positive, checked on coercion at destination (adult weights:
/// CD01–CD04 strong, CD05–CD14 medium, CD15 weak).
/// </summary>
public class DimensionRuleTests
{
    private const string Coercion = "coercion-at-destination";

    [Theory]
    [InlineData("two strong", new[] { "CD01", "CD02" })]
    [InlineData("one strong and one medium", new[] { "CD01", "CD05" })]
    [InlineData("one strong and one weak", new[] { "CD01", "CD15" })]
    [InlineData("three medium", new[] { "CD05", "CD06", "CD07" })]
    [InlineData("two medium and one weak", new[] { "CD05", "CD06", "CD15" })]
    public void Dimension_is_positive(string way, string[] indicators)
    {
        var result = ScreeningData.Evaluator.Evaluate(ScreeningProfile.Adult, false, indicators).Valid();
        Assert.True(result.Dimension(Coercion).Positive, way);
    }

    [Theory]
    [InlineData("one strong alone", new[] { "CD01" })]
    [InlineData("two medium", new[] { "CD05", "CD06" })]
    [InlineData("one medium and one weak", new[] { "CD05", "CD15" })]
    [InlineData("one weak", new[] { "CD15" })]
    [InlineData("nothing", new string[0])]
    public void Dimension_is_negative(string why, string[] indicators)
    {
        var result = ScreeningData.Evaluator.Evaluate(ScreeningProfile.Adult, false, indicators).Valid();
        Assert.False(result.Dimension(Coercion).Positive, why);
    }

    [Fact]
    public void Four_weak_recruitment_indicators_do_not_count_for_an_adult()
    {
        var result = ScreeningData.Evaluator.Evaluate(ScreeningProfile.Adult, false, ["RV13", "RV14", "RV15", "RV16"]).Valid();
        var dimension = result.Dimension("recruitment-abuse-of-vulnerability");
        Assert.Equal((0, 0, 4), (dimension.Strong, dimension.Medium, dimension.Weak));
        Assert.False(dimension.Positive);
    }

    [Fact]
    public void Five_weak_indicators_never_make_a_dimension_positive()
    {
        // No shipped dimension has five weak adult indicators, so make every RV indicator weak.
        var evaluator = ScreeningData.EvaluatorFor(json =>
        {
            foreach (var indicator in json["dimensions"]![2]!["indicators"]!.AsArray())
            {
                indicator!["strength"]!["adult"] = "weak";
            }
        });
        var result = evaluator.Evaluate(ScreeningProfile.Adult, false, ["RV01", "RV02", "RV03", "RV04", "RV05"]).Valid();
        var dimension = result.Dimension("recruitment-abuse-of-vulnerability");
        Assert.Equal(5, dimension.Weak);
        Assert.False(dimension.Positive);
    }

    [Fact]
    public void The_same_indicators_weigh_differently_for_a_child()
    {
        // DR10 is weak for adults but strong for children.
        string[] indicators = ["DR10", "DR02"];
        var adult = ScreeningData.Evaluator.Evaluate(ScreeningProfile.Adult, false, indicators).Valid();
        var child = ScreeningData.Evaluator.Evaluate(ScreeningProfile.Child, false, indicators).Valid();
        Assert.False(adult.Dimension("deceptive-recruitment").Positive);
        Assert.True(child.Dimension("deceptive-recruitment").Positive);
    }

    [Fact]
    public void Result_reports_counts_and_present_indicators_in_catalogue_order_once_each()
    {
        var result = ScreeningData.Evaluator.Evaluate(ScreeningProfile.Adult, false, ["CD15", "CD01", "CD05", "CD01", "EX02"]).Valid();

        var coercion = result.Dimension(Coercion);
        Assert.Equal(new DimensionScore(Coercion, true, 1, 1, 1, coercion.Indicators), coercion);
        Assert.Equal(["CD01", "CD05", "CD15"], coercion.Indicators);
        Assert.Equal(["EX02"], result.Dimension("exploitative-conditions").Indicators);
        Assert.Equal(ScreeningData.Catalogue.Dimensions.Select(dimension => dimension.Id), result.Dimensions.Select(dimension => dimension.Id));
        Assert.Equal(new CatalogueReference("ilo-ec-2009-labour", 1), result.Catalogue);
        Assert.Equal("adult", result.Profile);
    }
}
