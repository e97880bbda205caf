using System.Text.Json.Nodes;
using Palermo.Screening;
using Palermo.Testing;

namespace Palermo.Tests.Screening;

/// <summary>The shipped file, and proof that the evaluator follows whatever the file says.</summary>
public class CatalogueDataTests
{
    [Fact]
    public void Shipped_catalogue_has_67_adult_and_65_child_indicators()
    {
        var catalogue = ScreeningData.Catalogue;
        var indicators = ScreeningData.Indicators(catalogue).ToList();

        Assert.Equal("ilo-ec-2009-labour", catalogue.Id);
        Assert.Equal(1, catalogue.Version);
        Assert.Equal(67, indicators.Count(indicator => indicator.Strength.Adult is not null));
        Assert.Equal(65, indicators.Count(indicator => indicator.Strength.Child is not null));
        Assert.Equal([10, 10, 16, 9, 15, 7], catalogue.Dimensions.Select(dimension => dimension.Indicators.Count));
    }

    [Fact]
    public void Copy_keeps_the_reference_text_where_it_is_available()
    {
        // The reference set lives beside the checkout; without it this comparison proves nothing, so it fails
        // instead of passing unseen.
        var reference = Path.Combine(RepositoryPaths.Shared, "reference", "labour-indicators.json");
        Assert.True(File.Exists(reference), $"The shared reference set is missing: {reference} (check out ../shared beside the repository).");

        var original = JsonNode.Parse(File.ReadAllText(reference))!;
        var copy = ScreeningData.CatalogueJson();
        foreach (var key in new[] { "id", "source", "caveat", "dimensionRule", "dimensions" })
        {
            Assert.True(JsonNode.DeepEquals(original[key], copy[key]), key);
        }
    }

    [Fact]
    public void A_lighter_weight_in_the_file_changes_the_outcome()
    {
        string[] indicators = ["EX01", "EX02"];
        Assert.Equal("labour-exploitation-indicated", ScreeningData.Evaluator.Evaluate("adult", false, indicators).Valid().OutcomeId);

        var edited = ScreeningData.EvaluatorFor(json => ScreeningData.Indicator(json, "EX01")["strength"]!["adult"] = "weak");

        var result = edited.Evaluate("adult", false, indicators).Valid();
        Assert.Equal((0, 1, 1), (result.Dimension("exploitative-conditions").Strong, result.Dimension("exploitative-conditions").Medium, result.Dimension("exploitative-conditions").Weak));
        Assert.Equal("not-indicated", result.OutcomeId);
    }

    [Fact]
    public void A_different_dimension_rule_in_the_file_changes_the_outcome()
    {
        var edited = ScreeningData.EvaluatorFor(json => json["dimensionRule"]!["anyOf"] = new JsonArray(new JsonObject { ["strong"] = 1 }));

        Assert.Equal("not-indicated", ScreeningData.Evaluator.Evaluate("adult", false, ["EX01"]).Valid().OutcomeId);
        Assert.Equal("labour-exploitation-indicated", edited.Evaluate("adult", false, ["EX01"]).Valid().OutcomeId);
        Assert.Equal("not-indicated", edited.Evaluate("adult", false, ["EX02", "EX03", "EX04"]).Valid().OutcomeId);
    }

    [Fact]
    public void A_different_outcome_condition_in_the_file_changes_the_outcome()
    {
        // An authority that keeps forced labour for cases with no act at all: recruitment dimensions no longer matter,
        // the act answer does. Trafficking then needs the act as well, so the two stay exclusive.
        var edited = ScreeningData.EvaluatorFor(json =>
        {
            var adult = json["outcomes"]!["adult"]!.AsArray();
            adult[0]!["condition"] = JsonNode.Parse("""
                {"allOf":[{"actPresent":true},{"anyPositive":["exploitative-conditions"]},
                          {"anyPositive":["coercion-at-destination","abuse-of-vulnerability-at-destination"]}]}
                """);
            adult[1]!["condition"] = JsonNode.Parse("""
                {"allOf":[{"actPresent":false},{"anyPositive":["exploitative-conditions"]},
                          {"anyPositive":["coercion-at-destination","abuse-of-vulnerability-at-destination"]}]}
                """);
        });
        string[] withoutRecruitment = ["EX01", "EX02", "CD01", "CD02"];

        Assert.Equal("forced-labour-indicated", ScreeningData.Evaluator.Evaluate("adult", true, withoutRecruitment).Valid().OutcomeId);
        Assert.Equal("trafficking-indicated", edited.Evaluate("adult", true, withoutRecruitment).Valid().OutcomeId);
        Assert.Equal("forced-labour-indicated", edited.Evaluate("adult", false, ["DR01", "DR02", .. withoutRecruitment]).Valid().OutcomeId);
    }

    [Fact]
    public void Outcome_ids_come_from_the_file()
    {
        var edited = ScreeningData.EvaluatorFor(json => json["outcomes"]!["child"]![0]!["id"] = "child-trafficking-indicated");
        Assert.Equal("child-trafficking-indicated", edited.Evaluate("child", true, ["EX01", "EX02"]).Valid().OutcomeId);
    }
}
