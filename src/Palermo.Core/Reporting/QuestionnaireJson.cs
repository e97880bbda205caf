using System.Text.Json;
using System.Text.Json.Serialization;

namespace Palermo.Reporting;

/// <summary>The one JSON shape of questionnaires and answers: camelCase names, kebab-case enum values.</summary>
public static class QuestionnaireJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Protocols keep their names ("TIP", "SOM"); every other enum is kebab case.
        Converters = { new JsonStringEnumConverter<TreatyStatus.Protocol>(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static QuestionnaireDefinition Parse(string json) =>
        JsonSerializer.Deserialize<QuestionnaireDefinition>(json, Options) ?? throw new JsonException("Empty questionnaire.");

    public static string Write(QuestionnaireDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>
    /// Answers as question code → value. The text is parsed once and every value is a view into that one document
    /// (deserializing into <c>Dictionary&lt;string, JsonElement&gt;</c> builds a document per answer: 57 000 of them for
    /// an analysis of 190 States × 300 questions). Not an object → <see cref="JsonException"/>, as before.
    /// </summary>
    public static Dictionary<string, JsonElement> ParseAnswers(string? json)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json)) return answers;
        var root = JsonSerializer.Deserialize<JsonElement>(json, Options);
        if (root.ValueKind == JsonValueKind.Null) return answers;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("Answers must be a JSON object.");
        foreach (var answer in root.EnumerateObject()) answers[answer.Name] = answer.Value;
        return answers;
    }

    public static string WriteAnswers(IReadOnlyDictionary<string, JsonElement> answers) =>
        JsonSerializer.Serialize(answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), Options);
}
