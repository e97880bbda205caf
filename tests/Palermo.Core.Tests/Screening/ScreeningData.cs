using System.Text;
using System.Text.Json.Nodes;
using Palermo.Screening;

namespace Palermo.Tests.Screening;

/// <summary>Finds the shipped data files and builds evaluators from them (or from edited copies).</summary>
internal static class ScreeningData
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);
    private static readonly Lazy<LabourScreeningEvaluator> ShippedEvaluator =
        new(() => LabourScreeningEvaluator.Create(LabourCatalogueLoader.Load(CataloguePath)));

    public static string CataloguePath => Path.Combine(RepositoryRoot.Value, "data", "screening", "labour-indicators.json");

    public static string TranslationsPath => Path.Combine(RepositoryRoot.Value, "data", "screening", "labour-indicators.i18n.json");

    /// <summary>The evaluator for the catalogue as shipped; shared because it is immutable.</summary>
    public static LabourScreeningEvaluator Evaluator => ShippedEvaluator.Value;

    public static LabourCatalogue Catalogue => Evaluator.Catalogue;

    public static JsonNode CatalogueJson() => JsonNode.Parse(File.ReadAllText(CataloguePath))!;

    /// <summary>Loads the shipped catalogue after <paramref name="edit"/> has changed its JSON.</summary>
    public static LabourCatalogue LoadEdited(Action<JsonNode> edit)
    {
        var json = CatalogueJson();
        edit(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()));
        return LabourCatalogueLoader.Load(stream);
    }

    public static LabourScreeningEvaluator EvaluatorFor(Action<JsonNode> edit) => LabourScreeningEvaluator.Create(LoadEdited(edit));

    public static JsonNode Indicator(JsonNode catalogue, string id) =>
        catalogue["dimensions"]!.AsArray()
            .SelectMany(dimension => dimension!["indicators"]!.AsArray())
            .Single(indicator => string.Equals((string?)indicator!["id"], id, StringComparison.Ordinal))!;

    public static IEnumerable<LabourIndicator> Indicators(LabourCatalogue catalogue) =>
        catalogue.Dimensions.SelectMany(dimension => dimension.Indicators);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Palermo.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains Palermo.slnx.");
    }
}

internal static class ScreeningAssertions
{
    public static ScreeningResult Valid(this ScreeningEvaluation evaluation)
    {
        Assert.True(evaluation.IsValid, string.Join("; ", evaluation.Errors.Select(error => error.Message)));
        return evaluation.Result!;
    }

    public static DimensionScore Dimension(this ScreeningResult result, string id) =>
        result.Dimensions.Single(dimension => string.Equals(dimension.Id, id, StringComparison.Ordinal));
}
