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

public static class KnowledgeStatusCodes
{
    /// <summary>draft, submitted, changes-requested, published, rejected.</summary>
    public static string Code(KnowledgeStatus status) => status switch
    {
        KnowledgeStatus.ChangesRequested => "changes-requested",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>Whether someone may change a record now: yes, not now (its status), or never (not theirs).</summary>
public enum KnowledgeEditRight
{
    Allowed,
    NotNow,
    NotAuthor,
}
