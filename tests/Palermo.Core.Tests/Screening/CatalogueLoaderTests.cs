using System.Text.Json.Nodes;

namespace Palermo.Tests.Screening;

/// <summary>A catalogue the evaluator could not apply consistently is refused when it loads, with a reason.</summary>
public class CatalogueLoaderTests
{
    public static TheoryData<string, string> Defects => new()
    {
        { "misspelt threshold", "strnog" },
        { "unknown weight", "$.dimensions[0].indicators[0].strength.adult" },
        { "empty threshold", "requires nothing" },
        { "duplicate indicator", "'DR01' appears twice" },
        { "unknown dimension in a condition", "unknown dimension 'exploitative-work'" },
        { "overlapping outcomes", "exactly one must apply" },
        { "missing outcome", "matches no outcome" },
        { "clause with two members", "exactly one of anyPositive" },
        { "no weight at all", "no weight for any profile" },
        { "version zero", "version must be 1 or more" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Defective_catalogue_is_refused_with_the_reason(string defect, string expectedInMessage)
    {
        var error = Assert.Throws<InvalidDataException>(() => ScreeningData.LoadEdited(json => Break(json, defect)));
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    private static void Break(JsonNode json, string defect)
    {
        var thresholds = json["dimensionRule"]!["anyOf"]!.AsArray();
        var adult = json["outcomes"]!["adult"]!.AsArray();
        switch (defect)
        {
            case "misspelt threshold":
                thresholds[0]!["strnog"] = 2;
                break;
            case "unknown weight":
                ScreeningData.Indicator(json, "DR01")["strength"]!["adult"] = "heavy";
                break;
            case "empty threshold":
                thresholds.Add(new JsonObject());
                break;
            case "duplicate indicator":
                ScreeningData.Indicator(json, "DR02")["id"] = "DR01";
                break;
            case "unknown dimension in a condition":
                adult[3]!["condition"] = JsonNode.Parse("""{"allOf":[{"nonePositive":["exploitative-work"]}]}""");
                break;
            case "overlapping outcomes":
                adult[3]!["condition"] = JsonNode.Parse("""{"allOf":[{"nonePositive":["coercion-at-destination"]}]}""");
                break;
            case "missing outcome":
                adult.RemoveAt(2);
                break;
            case "clause with two members":
                adult[3]!["condition"] = JsonNode.Parse("""{"allOf":[{"nonePositive":["exploitative-conditions"],"actPresent":true}]}""");
                break;
            case "no weight at all":
                ScreeningData.Indicator(json, "DR01")["strength"] = new JsonObject();
                break;
            case "version zero":
                json["version"] = 0;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(defect), defect, null);
        }
    }
}
