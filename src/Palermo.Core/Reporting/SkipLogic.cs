using System.Text.Json;

namespace Palermo.Reporting;

/// <summary>"Shown only when question X has value V": for a multiple choice, when V is among the chosen options.</summary>
public static class SkipLogic
{
    public static bool IsShown(QuestionDefinition question, IReadOnlyDictionary<string, JsonElement> answers)
    {
        if (question.ShowWhen is not { } when) return true;
        if (!answers.TryGetValue(when.Question, out var value)) return false;
        return value.ValueKind switch
        {
            JsonValueKind.String => string.Equals(value.GetString(), when.Value, StringComparison.Ordinal),
            JsonValueKind.Array => value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), when.Value, StringComparison.Ordinal)),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => string.Equals(value.GetRawText(), when.Value, StringComparison.Ordinal),
            _ => false,
        };
    }
}
