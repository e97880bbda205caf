using System.Linq.Expressions;

namespace Palermo.Knowledge;

/// <summary>
/// Who is looking at the knowledge repository. <see cref="CanSee"/> and <see cref="VisibleRecords{T}"/> are the one
/// visibility rule: published records are public; an unpublished one is seen only by its author and the secretariat.
/// Reads, search hits, facets, counts and feeds all go through it.
/// </summary>
public sealed record KnowledgeViewer(string? UserId, bool IsSecretariat)
{
    public static readonly KnowledgeViewer Anonymous = new(null, false);
    public static readonly KnowledgeViewer Secretariat = new(null, true);

    public bool CanSee(KnowledgeStatus status, string? authorUserId) =>
        status == KnowledgeStatus.Published
        || IsSecretariat
        || (UserId is not null && string.Equals(authorUserId, UserId, StringComparison.Ordinal));

    public bool CanSee(KnowledgeRecord record) => CanSee(record.Status, record.AuthorUserId);

    /// <summary>The same rule as <see cref="CanSee(KnowledgeStatus, string?)"/>, for database queries.</summary>
    public Expression<Func<T, bool>> VisibleRecords<T>() where T : KnowledgeRecord
    {
        var userId = UserId;
        var all = IsSecretariat;
        return r => r.Status == KnowledgeStatus.Published || all || (userId != null && r.AuthorUserId == userId);
    }

    /// <summary>
    /// The one editing rule: the secretariat always; the author while the record is a draft or changes were requested
    /// (a submitted or published record is the secretariat's to change); nobody else.
    /// </summary>
    public KnowledgeEditRight EditRight(KnowledgeRecord record)
    {
        if (IsSecretariat) return KnowledgeEditRight.Allowed;
        if (UserId is null || !string.Equals(record.AuthorUserId, UserId, StringComparison.Ordinal)) return KnowledgeEditRight.NotAuthor;
        return record.Status is KnowledgeStatus.Draft or KnowledgeStatus.ChangesRequested ? KnowledgeEditRight.Allowed : KnowledgeEditRight.NotNow;
    }

    /// <summary>Attachments: the secretariat always; the author until the record is published or rejected.</summary>
    public bool CanAttach(KnowledgeRecord record) =>
        IsSecretariat
        || (UserId is not null && string.Equals(record.AuthorUserId, UserId, StringComparison.Ordinal)
            && record.Status is not (KnowledgeStatus.Published or KnowledgeStatus.Rejected));
}
