using System.Text.Json;

namespace Palermo.Knowledge;

/// <summary>One field that differs between two revisions, as plain text.</summary>
public sealed record KnowledgeFieldChange(string Field, string Before, string After);

/// <summary>
/// What changed in a record's content between two revision snapshots: field by field, as plain text. Bookkeeping
/// (version, status, dates, review note) is left out — the reviewer wants to see what the author changed.
/// </summary>
public static class KnowledgeRevisionDiff
{
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "version", "status", "reviewNote", "createdAt", "updatedAt", "publishedAt", "authorUserId", "authorCountryIso3",
        "kind", "isPublished", "translationGroupId",
    };

    public static IReadOnlyList<KnowledgeFieldChange> Compare(string before, string after)
    {
        using var old = JsonDocument.Parse(before);
        using var now = JsonDocument.Parse(after);
        var oldFields = old.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal);
        var changes = new List<KnowledgeFieldChange>();
        foreach (var property in now.RootElement.EnumerateObject())
        {
            if (Bookkeeping.Contains(property.Name)) continue;
            var value = Text(property.Value);
            var previous = oldFields.GetValueOrDefault(property.Name, "");
            if (!string.Equals(previous, value, StringComparison.Ordinal)) changes.Add(new(property.Name, previous, value));
        }
        return changes;
    }

    /// <summary>The last content change of a record: the latest created/updated revision against the one before it.</summary>
    public static IReadOnlyList<KnowledgeFieldChange>? LastChange(IReadOnlyList<KnowledgeRevision> revisions)
    {
        var content = revisions.Where(r => r.Action is "created" or "updated").OrderBy(r => r.Version).ThenBy(r => r.Id).ToList();
        return content.Count < 2 ? null : Compare(content[^2].Snapshot, content[^1].Snapshot);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => KnowledgeHtml.ToPlainText(value.GetString()),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => string.Join(" ", value.EnumerateObject().Select(p => Text(p.Value))),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };
}
