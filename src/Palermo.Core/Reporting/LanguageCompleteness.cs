namespace Palermo.Reporting;

/// <summary>A text of a questionnaire missing in one language: where (a path such as "tip.crim.offence/help") and which language.</summary>
public sealed record MissingText(string Language, string Path);

/// <summary>Which of the six languages a questionnaire lacks text in; a cycle cannot open while any is incomplete.</summary>
public static class LanguageCompleteness
{
    public static IReadOnlyList<MissingText> Missing(QuestionnaireDefinition definition)
    {
        var missing = new List<MissingText>();
        void Check(IReadOnlyDictionary<string, string>? texts, string path)
        {
            foreach (var language in PalermoLanguages.Codes)
            {
                if (texts is null || !texts.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
                    missing.Add(new MissingText(language, path));
            }
        }

        Check(definition.Title, "title");
        foreach (var section in definition.Sections)
        {
            Check(section.Title, section.Code + "/title");
            foreach (var question in section.Questions)
            {
                Check(question.Text, question.Code + "/text");
                if (question.Help is not null) Check(question.Help, question.Code + "/help");
                foreach (var option in question.Options) Check(option.Label, $"{question.Code}/{option.Code}");
            }
        }
        return missing;
    }

    /// <summary>The languages with at least one missing text, in the order of <see cref="PalermoLanguages.Codes"/>.</summary>
    public static IReadOnlyList<string> IncompleteLanguages(QuestionnaireDefinition definition)
    {
        var missing = Missing(definition).Select(m => m.Language).ToHashSet(StringComparer.Ordinal);
        return PalermoLanguages.Codes.Where(missing.Contains).ToList();
    }

    public static string In(this IReadOnlyDictionary<string, string>? texts, string language) =>
        texts is null ? "" :
        texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text :
        texts.TryGetValue(PalermoLanguages.Default, out var english) ? english : "";
}
