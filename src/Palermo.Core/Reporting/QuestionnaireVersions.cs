using System.Text.Json;

namespace Palermo.Reporting;

/// <summary>Draft answers moved to a new questionnaire version: those kept, and the questions that need a new answer.</summary>
public sealed record CarriedAnswers(IReadOnlyDictionary<string, JsonElement> Kept, IReadOnlyList<string> NeedNewAnswer);

/// <summary>
/// Moving drafts to a new version of a questionnaire. A question "did not change" when it keeps its code, type, options,
/// range and English text; its answer is carried over. Answers to changed or removed questions are not, and changed
/// questions that had an answer are listed so the country answers them again.
/// </summary>
public static class QuestionnaireVersions
{
    public static CarriedAnswers CarryOver(QuestionnaireDefinition from, QuestionnaireDefinition to, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var kept = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var renew = new List<string>();
        foreach (var (code, value) in answers)
        {
            var before = from.Find(code);
            var after = to.Find(code);
            if (after is null) continue;
            if (before is not null && Same(before, after) && AnswerValidator.Validate(to, new Dictionary<string, JsonElement> { [code] = value }).Count == 0)
                kept[code] = value;
            else
                renew.Add(code);
        }
        return new CarriedAnswers(kept, renew.Order(StringComparer.Ordinal).ToList());
    }

    public static bool Same(QuestionDefinition a, QuestionDefinition b) =>
        a.Type == b.Type && a.Min == b.Min && a.Max == b.Max
        && string.Equals(a.Text.In(PalermoLanguages.Default), b.Text.In(PalermoLanguages.Default), StringComparison.Ordinal)
        && a.Options.Select(o => o.Code).SequenceEqual(b.Options.Select(o => o.Code), StringComparer.Ordinal);
}
