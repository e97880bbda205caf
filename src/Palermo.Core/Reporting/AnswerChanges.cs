using System.Text.Json;

namespace Palermo.Reporting;

/// <summary>Which questions were answered differently in two sets of answers (or answered in only one): one rule for every comparison.</summary>
public static class AnswerChanges
{
    public static IReadOnlyList<string> Between(IReadOnlyDictionary<string, JsonElement> now, IReadOnlyDictionary<string, JsonElement> before) =>
        now.Keys.Union(before.Keys, StringComparer.Ordinal)
            .Where(k => !now.TryGetValue(k, out var a) || !before.TryGetValue(k, out var b) || !JsonElement.DeepEquals(a, b))
            .Order(StringComparer.Ordinal).ToList();
}
