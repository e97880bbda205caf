using System.Text.Json;
using System.Text.Json.Serialization;

namespace Palermo.Search.Knowledge;

/// <summary>How both backends store a <see cref="KnowledgeDocument"/>: the same JSON in a Lucene stored field and a jsonb column.</summary>
internal static class KnowledgeDocumentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(KnowledgeDocument document) => JsonSerializer.Serialize(document, Options);

    public static KnowledgeDocument Read(string json) =>
        JsonSerializer.Deserialize<KnowledgeDocument>(json, Options) ?? throw new InvalidDataException("Empty knowledge document.");
}
