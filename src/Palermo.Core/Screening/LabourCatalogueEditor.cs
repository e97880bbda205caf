using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Palermo.Accounts;

namespace Palermo.Screening;

/// <summary>
/// Applies a <see cref="LabourCatalogueEdit"/> to one edition's JSON and yields the next edition's JSON, or the
/// problems that refuse it. Pure: it works on the stored texts, so whatever the engine can load it can edit,
/// and members it does not know survive the edit untouched.
/// </summary>
public static class LabourCatalogueEditor
{
    private static readonly string[] Weights = ["strong", "medium", "weak"];

    /// <summary>Non-Latin text stays readable in the stored JSON (and half the size).</summary>
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Outcome(IReadOnlyList<FieldError> Problems, IReadOnlyList<string> Changes, string CatalogueJson, string TranslationsJson);

    public static Outcome Apply(string catalogueJson, string translationsJson, int newVersion, LabourCatalogueEdit edit)
    {
        var catalogue = JsonNode.Parse(catalogueJson)!.AsObject();
        var translations = JsonNode.Parse(translationsJson)!.AsObject();
        var indicators = IndicatorNodes(catalogue);
        var problems = new List<FieldError>();
        var changes = new List<string>();

        var edits = edit.AllIndicators().ToList();
        if (edits.Count == 0) problems.Add(new("indicators", CatalogueEditErrorCodes.Empty, ""));
        foreach (var indicator in edits)
        {
            if (indicator is null) continue;
            if (indicator.Id is null || !indicators.TryGetValue(indicator.Id, out var node))
            {
                problems.Add(new("indicators", CatalogueEditErrorCodes.IndicatorUnknown, indicator.Id ?? ""));
                continue;
            }
            var weight = indicator.Weight ?? indicator.Strength;
            var strength = node["strength"] as JsonObject ?? (JsonObject)(node["strength"] = new JsonObject());
            SetWeight(strength, "adult", weight?.Adult, indicator.Id, problems, changes);
            SetWeight(strength, "child", weight?.Child, indicator.Id, problems, changes);

            var texts = Child(Child(translations, "indicators"), indicator.Id);
            SetTexts(texts, "name", indicator.Name, indicator.Id, problems, changes);
            SetTexts(texts, "question", indicator.Question, indicator.Id, problems, changes);
            SetTexts(texts, "explanation", indicator.Explanation, indicator.Id, problems, changes);
        }
        if (problems.Count > 0) return new(problems, [], catalogueJson, translationsJson);

        catalogue["version"] = newVersion;
        var newCatalogue = catalogue.ToJsonString(Compact);
        var newTranslations = translations.ToJsonString(Compact);
        try
        {
            // The edit cannot break the rules by construction, but the engine is the judge: load it as it will be loaded.
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(newCatalogue));
            _ = LabourCatalogueLoader.Load(stream);
            using var texts = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(newTranslations));
            _ = LabourCatalogueTranslations.Load(texts);
        }
        catch (InvalidDataException ex)
        {
            return new([new("catalogue", CatalogueEditErrorCodes.Inconsistent, ex.Message)], [], catalogueJson, translationsJson);
        }
        return new([], [.. changes.Distinct(StringComparer.Ordinal)], newCatalogue, newTranslations);
    }

    private static Dictionary<string, JsonObject> IndicatorNodes(JsonObject catalogue)
    {
        var byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var dimension in catalogue["dimensions"]?.AsArray() ?? [])
        foreach (var indicator in dimension?["indicators"]?.AsArray() ?? [])
        {
            if (indicator is JsonObject node && node["id"]?.GetValue<string>() is { } id) byId[id] = node;
        }
        return byId;
    }

    private static void SetWeight(JsonObject strength, string profile, string? value, string id, List<FieldError> problems, List<string> changes)
    {
        if (value is null) return;
        var canonical = Array.Find(Weights, w => string.Equals(w, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            problems.Add(new($"{id}.weight.{profile}", CatalogueEditErrorCodes.WeightInvalid, value));
            return;
        }
        if (string.Equals(strength[profile]?.GetValue<string>(), canonical, StringComparison.Ordinal)) return;
        strength[profile] = canonical;
        changes.Add($"{id}.weight.{profile}");
    }

    private static void SetTexts(JsonObject texts, string member, IReadOnlyDictionary<string, string?>? values, string id, List<FieldError> problems, List<string> changes)
    {
        if (values is null) return;
        foreach (var (language, value) in values)
        {
            var path = $"{id}.{member}.{language}";
            if (!PalermoLanguages.Codes.Contains(language, StringComparer.Ordinal))
            {
                problems.Add(new(path, CatalogueEditErrorCodes.LanguageUnknown, language));
                continue;
            }
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(path, CatalogueEditErrorCodes.TextEmpty, path));
                continue;
            }
            var text = Child(texts, member);
            var trimmed = value.Trim();
            if (string.Equals(text[language]?.GetValue<string>(), trimmed, StringComparison.Ordinal)) continue;
            text[language] = trimmed;
            changes.Add(path);
        }
    }

    private static JsonObject Child(JsonObject parent, string name) =>
        parent[name] as JsonObject ?? (JsonObject)(parent[name] = new JsonObject());
}
