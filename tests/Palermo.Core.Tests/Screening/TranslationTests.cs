using Palermo.Screening;

namespace Palermo.Tests.Screening;

public class TranslationTests
{
    private static readonly Lazy<LabourCatalogueTranslations> Translations =
        new(() => LabourCatalogueTranslations.Load(ScreeningData.TranslationsPath));

    [Fact]
    public void Every_indicator_dimension_and_outcome_has_texts_in_all_six_languages()
    {
        var missing = Translations.Value.MissingTexts(ScreeningData.Catalogue);
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Translations_belong_to_this_catalogue_and_nothing_else()
    {
        var translations = Translations.Value;
        var catalogue = ScreeningData.Catalogue;
        Assert.Equal(catalogue.Id, translations.Catalogue);
        Assert.Equal(
            ScreeningData.Indicators(catalogue).Select(indicator => indicator.Id).Order(StringComparer.Ordinal),
            translations.Indicators.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            catalogue.Dimensions.Select(dimension => dimension.Id).Order(StringComparer.Ordinal),
            translations.Dimensions.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void English_indicator_names_are_the_source_labels()
    {
        foreach (var indicator in ScreeningData.Indicators(ScreeningData.Catalogue))
        {
            Assert.Equal(indicator.Name, Translations.Value.Indicators[indicator.Id].Name!.En);
        }
    }

    [Fact]
    public void Each_text_is_written_in_its_own_script()
    {
        foreach (var (id, texts) in Translations.Value.Indicators)
        {
            foreach (var text in new[] { texts.Name!, texts.Question!, texts.Explanation! })
            {
                Assert.True(text.Ar.Any(c => c is >= '\u0600' and <= '\u06FF'), $"{id} ar: {text.Ar}");
                Assert.True(text.Zh.Any(c => c is >= '\u4E00' and <= '\u9FFF'), $"{id} zh: {text.Zh}");
                Assert.True(text.Ru.Any(c => c is >= '\u0400' and <= '\u04FF'), $"{id} ru: {text.Ru}");
            }
        }
    }

    [Fact]
    public void A_gap_is_named_by_its_path()
    {
        var gappy = new LabourCatalogueTranslations
        {
            Catalogue = "ilo-ec-2009-labour",
            Indicators = Translations.Value.Indicators.Where(pair => pair.Key != "DR01").ToDictionary(),
            Dimensions = Translations.Value.Dimensions,
            Outcomes = Translations.Value.Outcomes,
            Profiles = Translations.Value.Profiles,
            ActPresent = new PromptTexts { Question = Translations.Value.ActPresent.Question },
        };
        var missing = gappy.MissingTexts(ScreeningData.Catalogue);
        Assert.Contains("indicators.DR01", missing);
        Assert.Contains("actPresent.explanation.ar", missing);
    }
}
