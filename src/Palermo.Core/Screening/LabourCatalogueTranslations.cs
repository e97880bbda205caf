using System.Text.Json;

namespace Palermo.Screening;

/// <summary>
/// Names, interview questions and explanations for the catalogue in the six UN languages, read from
/// <c>data/screening/labour-indicators.i18n.json</c>. Kept apart from the catalogue so that translators and
/// the authority that owns the weights can work on their files independently.
/// </summary>
public sealed class LabourCatalogueTranslations
{
    /// <summary>The catalogue these texts were written for.</summary>
    public required string Catalogue { get; init; }

    public required IReadOnlyDictionary<string, IndicatorTexts> Indicators { get; init; }
    public required IReadOnlyDictionary<string, NamedTexts> Dimensions { get; init; }
    public required IReadOnlyDictionary<string, NamedTexts> Outcomes { get; init; }
    public required IReadOnlyDictionary<string, NamedTexts> Profiles { get; init; }

    /// <summary>The act question every screening asks once.</summary>
    public required PromptTexts ActPresent { get; init; }

    /// <exception cref="InvalidDataException">The file is not valid translations JSON.</exception>
    public static LabourCatalogueTranslations Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The stream is not valid translations JSON.</exception>
    public static LabourCatalogueTranslations Load(Stream stream)
    {
        try
        {
            return JsonSerializer.Deserialize<LabourCatalogueTranslations>(stream, LabourCatalogueLoader.JsonOptions)
                ?? throw new InvalidDataException("Labour catalogue translations are empty (JSON null).");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Labour catalogue translations are malformed: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Every text the catalogue needs that is absent or blank, as paths such as <c>indicators.DR01.question.ar</c>;
    /// empty when the translations are complete.
    /// </summary>
    public IReadOnlyList<string> MissingTexts(LabourCatalogue catalogue)
    {
        var missing = new List<string>();
        foreach (var dimension in catalogue.Dimensions)
        {
            CheckNamed(Dimensions, "dimensions", dimension.Id, missing);
            foreach (var indicator in dimension.Indicators)
            {
                if (!Indicators.TryGetValue(indicator.Id, out var texts))
                {
                    missing.Add($"indicators.{indicator.Id}");
                    continue;
                }
                CheckText(texts.Name, $"indicators.{indicator.Id}.name", missing);
                CheckText(texts.Question, $"indicators.{indicator.Id}.question", missing);
                CheckText(texts.Explanation, $"indicators.{indicator.Id}.explanation", missing);
            }
        }
        foreach (var outcome in catalogue.Outcomes.Adult.Concat(catalogue.Outcomes.Child).Select(rule => rule.Id).Distinct(StringComparer.Ordinal))
        {
            CheckNamed(Outcomes, "outcomes", outcome, missing);
        }
        CheckNamed(Profiles, "profiles", ScreeningProfiles.Adult, missing);
        CheckNamed(Profiles, "profiles", ScreeningProfiles.Child, missing);
        CheckText(ActPresent.Question, "actPresent.question", missing);
        CheckText(ActPresent.Explanation, "actPresent.explanation", missing);
        return missing;
    }

    private static void CheckNamed(IReadOnlyDictionary<string, NamedTexts> entries, string section, string id, List<string> missing)
    {
        if (entries.TryGetValue(id, out var texts))
        {
            CheckText(texts.Name, $"{section}.{id}.name", missing);
        }
        else
        {
            missing.Add($"{section}.{id}");
        }
    }

    private static void CheckText(LocalizedText? text, string path, List<string> missing)
    {
        foreach (var language in PalermoLanguages.Codes)
        {
            if (string.IsNullOrWhiteSpace(text?.Get(language)))
            {
                missing.Add($"{path}.{language}");
            }
        }
    }
}

public sealed class IndicatorTexts
{
    public LocalizedText? Name { get; init; }

    /// <summary>What an inspector can ask the person, in plain words.</summary>
    public LocalizedText? Question { get; init; }

    /// <summary>One sentence on what the indicator means, for the inspector.</summary>
    public LocalizedText? Explanation { get; init; }
}

public sealed class NamedTexts
{
    public LocalizedText? Name { get; init; }

    /// <summary>Optional longer gloss, e.g. what an outcome does and does not mean.</summary>
    public LocalizedText? Description { get; init; }
}

public sealed class PromptTexts
{
    public LocalizedText? Question { get; init; }
    public LocalizedText? Explanation { get; init; }
}
