namespace Palermo.Knowledge;

/// <summary>Where a practice or case stands in the secretariat's review; only <see cref="Published"/> is public.</summary>
public enum KnowledgeStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Published,
    Rejected,
}

/// <summary>The two kinds of record in the knowledge repository; codes appear in URLs and the index.</summary>
public enum KnowledgeKind
{
    Practice,
    CaseLaw,
}

public static class KnowledgeKinds
{
    public static string Code(this KnowledgeKind kind) => kind == KnowledgeKind.Practice ? "practice" : "case-law";
}
