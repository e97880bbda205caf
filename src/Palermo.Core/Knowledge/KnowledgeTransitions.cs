namespace Palermo.Knowledge;

/// <summary>
/// The review table of practices and case law: from which statuses each step may be taken, where it leads, and the
/// action its revision is recorded under. A draft is only ever submitted (never published unseen), and a published
/// record is unpublished or sent back for changes before it can be rejected.
/// </summary>
public static class KnowledgeTransitions
{
    public static bool AllowedFrom(this KnowledgeTransition transition, KnowledgeStatus status) => transition switch
    {
        KnowledgeTransition.Submit => status is KnowledgeStatus.Draft or KnowledgeStatus.ChangesRequested,
        KnowledgeTransition.RequestChanges => status is KnowledgeStatus.Submitted or KnowledgeStatus.Published,
        KnowledgeTransition.Publish => status is not KnowledgeStatus.Draft,
        KnowledgeTransition.Unpublish => status is KnowledgeStatus.Published,
        KnowledgeTransition.Reject => status is not KnowledgeStatus.Published,
        _ => false,
    };

    public static KnowledgeStatus Target(this KnowledgeTransition transition) => transition switch
    {
        KnowledgeTransition.Submit => KnowledgeStatus.Submitted,
        KnowledgeTransition.RequestChanges => KnowledgeStatus.ChangesRequested,
        KnowledgeTransition.Publish => KnowledgeStatus.Published,
        KnowledgeTransition.Unpublish => KnowledgeStatus.Submitted,
        KnowledgeTransition.Reject => KnowledgeStatus.Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
    };

    /// <summary>The action a revision records for the step (submitted, changes-requested, published, unpublished, rejected).</summary>
    public static string Action(this KnowledgeTransition transition) => transition switch
    {
        KnowledgeTransition.Submit => "submitted",
        KnowledgeTransition.RequestChanges => "changes-requested",
        KnowledgeTransition.Publish => "published",
        KnowledgeTransition.Unpublish => "unpublished",
        KnowledgeTransition.Reject => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
    };
}
