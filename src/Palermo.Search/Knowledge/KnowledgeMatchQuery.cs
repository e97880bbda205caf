using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// What a backend is asked: documents of one kind, in one of the clause languages, containing one of that clause's term
/// groups. No clauses means every document of the kind. Terms are already analyzed, so backends only compare strings.
/// </summary>
public sealed record KnowledgeMatchQuery(KnowledgeKind? Kind, IReadOnlyList<KnowledgeClause> Clauses, bool MatchAll, int Limit = 10_000)
{
    public static KnowledgeMatchQuery All(KnowledgeKind? kind) => new(kind, [], MatchAll: true);
}

/// <summary>Documents written in <paramref name="Language"/> that contain any of the <paramref name="Groups"/>.</summary>
public sealed record KnowledgeClause(string Language, IReadOnlyList<KnowledgeTermGroup> Groups);

/// <summary>
/// Analyzed terms that must all occur (<paramref name="RequireAll"/>) or of which one suffices, and phrases that must
/// all occur as well.
/// </summary>
public sealed record KnowledgeTermGroup(IReadOnlyList<string> Terms, bool RequireAll, IReadOnlyList<KnowledgePhrase>? Phrases = null)
{
    public IReadOnlyList<KnowledgePhrase> PhraseList => Phrases ?? [];

    public bool IsEmpty => Terms.Count == 0 && PhraseList.Count == 0;
}

/// <summary>Analyzed terms at fixed relative positions (0 for the first; gaps where stop words were): an exact phrase.</summary>
public sealed record KnowledgePhrase(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    /// <summary>The phrase of <paramref name="text"/> as <paramref name="language"/>'s analyzer sees it; null when it has no terms.</summary>
    public static KnowledgePhrase? Of(string language, string text)
    {
        var tokens = Analysis.PalermoAnalyzers.AnalyzeToPositions(language, text);
        if (tokens.Count == 0) return null;
        var first = tokens[0].Position;
        return new KnowledgePhrase([.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position - first)]);
    }
}
