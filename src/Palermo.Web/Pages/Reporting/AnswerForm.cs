using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Palermo.Reporting;

namespace Palermo.Web.Pages.Reporting;

/// <summary>Turns the submission form's fields ("q:{code}", "q:{code}:{part}") into answers, and answers back into text.</summary>
public static class AnswerForm
{
    public static readonly string[] LegalParts = ["title", "article", "date", "link", "extract"];

    public static string Field(string code, string? part = null) => part is null ? "q:" + code : $"q:{code}:{part}";

    public static Dictionary<string, JsonElement> Read(QuestionnaireDefinition definition, IFormCollection form)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var question in definition.Questions)
        {
            object? value = question.Type switch
            {
                QuestionType.Multiple => form[Field(question.Code)].Where(v => !string.IsNullOrEmpty(v)).ToArray() is { Length: > 0 } chosen ? chosen : null,
                QuestionType.Number => Text(form, Field(question.Code)) is { } n
                    ? decimal.TryParse(n, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : n
                    : null,
                QuestionType.LegalReference => Parts(form, question.Code, LegalParts),
                QuestionType.Attachment => Parts(form, question.Code, ["name"]),
                _ => Text(form, Field(question.Code)),
            };
            if (value is not null) answers[question.Code] = JsonSerializer.SerializeToElement(value);
        }
        return answers;
    }

    private static string? Text(IFormCollection form, string key) => form[key].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static Dictionary<string, string>? Parts(IFormCollection form, string code, string[] parts)
    {
        var values = parts.Select(p => (p, Text(form, Field(code, p)))).Where(x => x.Item2 is not null).ToDictionary(x => x.p, x => x.Item2!, StringComparer.Ordinal);
        return values.Count == 0 ? null : values;
    }

    /// <summary>The value of a field as the form shows it.</summary>
    public static string Value(IReadOnlyDictionary<string, JsonElement> answers, string code, string? part = null)
    {
        if (!answers.TryGetValue(code, out var value)) return "";
        if (part is not null)
            return value.ValueKind == JsonValueKind.Object && value.TryGetProperty(part, out var p) ? p.ToString() : "";
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => "",
        };
    }

    public static bool Chosen(IReadOnlyDictionary<string, JsonElement> answers, string code, string option) =>
        answers.TryGetValue(code, out var value) && value.ValueKind == JsonValueKind.Array
        && value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == option);

    /// <summary>An answer as a person reads it, in a language: option labels, or the text as given.</summary>
    public static string Display(QuestionDefinition question, JsonElement? value, Func<string, string> yesNoLabel, string language)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return "—";
        string Label(string code) => question.Type == QuestionType.YesNo ? yesNoLabel(code)
            : question.Options.FirstOrDefault(o => o.Code == code)?.Label.In(language) ?? code;
        return v.ValueKind switch
        {
            JsonValueKind.String when question.Type is QuestionType.YesNo or QuestionType.Single => Label(v.GetString()!),
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(x => Label(x.ToString()))),
            JsonValueKind.Object => string.Join(" · ", v.EnumerateObject().Select(p => p.Value.ToString())),
            _ => v.GetRawText(),
        };
    }
}
