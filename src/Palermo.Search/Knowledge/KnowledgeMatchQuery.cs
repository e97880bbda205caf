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

/// <summary>Analyzed terms that must all occur (<paramref name="RequireAll"/>) or of which one suffices.</summary>
public sealed record KnowledgeTermGroup(IReadOnlyList<string> Terms, bool RequireAll);
