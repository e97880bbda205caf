using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// A practice or case as both index backends hold it: the text to match (in its own language), and the facts needed to
/// filter, facet, sort and show a hit without going back to the database.
/// </summary>
public sealed record KnowledgeDocument
{
    public required Guid Id { get; init; }
    public required KnowledgeKind Kind { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public string Summary { get; init; } = "";

    /// <summary>Plain text of summary, body and the other text fields (the title is apart).</summary>
    public string Text { get; init; } = "";

    public string? Category { get; init; }
    public IReadOnlyList<string> Protocols { get; init; } = [];
    public IReadOnlyList<string> Articles { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>UN M49 region codes of <see cref="Countries"/>.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
    public int? Year { get; init; }

    /// <summary>What «sort by date» orders on: publication, else creation.</summary>
    public DateTimeOffset Date { get; init; }
    public KnowledgeStatus Status { get; init; }
    public string? AuthorUserId { get; init; }
    public Guid TranslationGroupId { get; init; }

    /// <summary>
    /// The record's last change (<see cref="StampOf"/> its UpdatedAt): the start-up check reindexes a record whose stamp in
    /// the index differs from the database's, so a change whose index update failed is repaired.
    /// </summary>
    public long Stamp { get; init; }

    /// <summary>
    /// UTC ticks cut to the microsecond, the precision PostgreSQL keeps: a stamp taken from a record just saved equals the
    /// one read back from either database.
    /// </summary>
    public static long StampOf(DateTimeOffset updatedAt) => updatedAt.UtcTicks - updatedAt.UtcTicks % TimeSpan.TicksPerMicrosecond;

    /// <summary>Title and text: what is searched.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string SearchText => Title + "\n" + Text;

    /// <summary>The analyzed terms of <see cref="SearchText"/> in <see cref="Language"/>; what both backends match against.</summary>
    public IReadOnlyList<string> Terms() => Analysis.PalermoAnalyzers.AnalyzeToTerms(Language, SearchText);
}

/// <summary>A document that matched a query, with the backend's relevance score.</summary>
public sealed record KnowledgeMatch(KnowledgeDocument Document, double Score);
