using System.Globalization;
using System.Text.Json;

namespace Palermo.Reporting;

/// <summary>Why one answer was refused: the question, a code (resource key suffix) and the value as sent.</summary>
public sealed record AnswerProblem(string Question, string Code, string Value);

/// <summary>
/// Checks answers against their questionnaire: known question, right type, number in range, known options.
/// All answers are checked before anything is stored, so a refused save changes nothing.
/// </summary>
public static class AnswerValidator
{
    public const int MaxTextLength = 20_000;

    public static IReadOnlyList<AnswerProblem> Validate(QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var problems = new List<AnswerProblem>();
        foreach (var (code, value) in answers)
        {
            var question = definition.Find(code);
            if (question is null)
            {
                problems.Add(new(code, "unknown-question", Show(value)));
                continue;
            }
            if (value.ValueKind == JsonValueKind.Null) continue;
            var problem = Check(question, value);
            if (problem is not null) problems.Add(new(code, problem, Show(value)));
        }
        return problems;
    }

    /// <summary>Required questions that are shown (skip logic) and have no answer: checked when a country submits.</summary>
    public static IReadOnlyList<AnswerProblem> MissingRequired(QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonElement> answers) =>
        definition.Questions
            .Where(q => q.Required && SkipLogic.IsShown(q, answers))
            .Where(q => !answers.TryGetValue(q.Code, out var v) || IsEmpty(v))
            .Select(q => new AnswerProblem(q.Code, "required", ""))
            .ToList();

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static string? Check(QuestionDefinition question, JsonElement value) => question.Type switch
    {
        QuestionType.YesNo => value.ValueKind != JsonValueKind.String ? "wrong-type"
            : YesNoAnswers.All.Contains(value.GetString()!, StringComparer.Ordinal) ? null : "unknown-option",
        QuestionType.Single => value.ValueKind != JsonValueKind.String ? "wrong-type"
            : IsOption(question, value.GetString()!) ? null : "unknown-option",
        QuestionType.Multiple => CheckMultiple(question, value),
        QuestionType.Number => CheckNumber(question, value),
        QuestionType.Date => value.ValueKind == JsonValueKind.String
                             && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : "wrong-type",
        QuestionType.Text => value.ValueKind != JsonValueKind.String ? "wrong-type"
            : value.GetString()!.Length > MaxTextLength ? "too-long" : null,
        QuestionType.LegalReference => CheckObject(value, "title", ["title", "article", "date", "link", "extract"]),
        QuestionType.Attachment => CheckObject(value, "name", ["name", "contentType", "link", "size"]),
        _ => "wrong-type",
    };

    private static bool IsOption(QuestionDefinition question, string code) =>
        question.Options.Any(o => string.Equals(o.Code, code, StringComparison.Ordinal));

    private static string? CheckMultiple(QuestionDefinition question, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) return "wrong-type";
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return "wrong-type";
            if (!IsOption(question, item.GetString()!)) return "unknown-option";
        }
        return null;
    }

    private static string? CheckNumber(QuestionDefinition question, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number)) return "wrong-type";
        if (question.Min is { } min && number < min) return "out-of-range";
        if (question.Max is { } max && number > max) return "out-of-range";
        return null;
    }

    private static string? CheckObject(JsonElement value, string required, string[] allowed)
    {
        if (value.ValueKind != JsonValueKind.Object) return "wrong-type";
        foreach (var property in value.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal)) return "wrong-type";
            if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Number)) return "wrong-type";
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Length > MaxTextLength) return "too-long";
        }
        return value.TryGetProperty(required, out var title) && title.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(title.GetString())
            ? null : "wrong-type";
    }

    /// <summary>The value as sent, shortened for messages.</summary>
    private static string Show(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}

/// <summary>Refused answers as one problem: each error names the question and the value as sent.</summary>
public static class AnswerProblems
{
    public static Problem Refuse(IEnumerable<AnswerProblem> problems) =>
        ProblemCodes.InvalidAnswers.With(errors: problems.Select(p => new FieldError(p.Question, p.Code, p.Value, IsAnswer: true)).ToList());
}
