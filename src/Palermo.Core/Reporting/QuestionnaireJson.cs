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

    public static Dictionary<string, JsonElement> ParseAnswers(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(
                JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json, Options) ?? [], StringComparer.Ordinal);

    public static string WriteAnswers(IReadOnlyDictionary<string, JsonElement> answers) =>
        JsonSerializer.Serialize(answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), Options);
}
