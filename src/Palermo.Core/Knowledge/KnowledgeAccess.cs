using System.Linq.Expressions;
using Palermo.Access;
using Palermo.Accounts;

namespace Palermo.Knowledge;

/// <summary>What the knowledge repository lets an actor do.</summary>
public enum KnowledgePermission
{
    /// <summary>Submit practices and case law (paragraphs (j)–(l)): focal points and partners; the secretariat too.</summary>
    Contribute,

    /// <summary>Read a record: published ones are public; an unpublished one only its author and the secretariat.</summary>
    Read,

    /// <summary>Change a record's text: the secretariat always; the author while it is a draft or changes were requested.</summary>
    Edit,

    /// <summary>Add or remove attachments: the secretariat always; the author until the record is published or rejected.</summary>
    Attach,

    /// <summary>Publish, reject or send back a record: the secretariat.</summary>
    Review,

    /// <summary>Read the reviewer's note on a record: its author and the secretariat.</summary>
    ReadReviewNote,
}

/// <summary>
/// The rules of the knowledge repository, stated once. <see cref="VisibleRecords{T}"/> is the same reading rule for
/// database queries; the search engines apply it too, so nothing unpublished reaches hits, facets, counts or feeds.
/// </summary>
public static class KnowledgeAccess
{
    private static readonly string[] Contributors =
        [PalermoRoles.SecretariatAdmin, PalermoRoles.SecretariatAnalyst, PalermoRoles.FocalPoint, PalermoRoles.Partner];

    public static bool Can(this Actor actor, KnowledgePermission permission) => permission switch
    {
        KnowledgePermission.Contribute => actor.IsAny(Contributors),
        KnowledgePermission.Review => actor.IsSecretariat,
        KnowledgePermission.Read => true,
        _ => actor.IsSignedIn,
    };

    public static bool Can(this Actor actor, KnowledgePermission permission, KnowledgeRecord record) =>
        Decide(actor, permission, record) == AccessDecision.Allowed;

    /// <summary>A record the actor may not read is answered like a missing one, whatever was asked.</summary>
    public static AccessDecision Decide(this Actor actor, KnowledgePermission permission, KnowledgeRecord record)
    {
        if (!actor.CanSee(record)) return AccessDecision.Hidden;
        return permission switch
        {
            KnowledgePermission.Read => AccessDecision.Allowed,
            KnowledgePermission.Edit => AccessDecisions.AllowIf(actor.EditRight(record) == KnowledgeEditRight.Allowed),
            KnowledgePermission.Attach => AccessDecisions.AllowIf(actor.IsSecretariat
                || (actor.IsAuthorOf(record) && record.Status is not (KnowledgeStatus.Published or KnowledgeStatus.Rejected))),
            KnowledgePermission.ReadReviewNote => AccessDecisions.AllowIf(actor.IsSecretariat || actor.IsAuthorOf(record)),
            _ => AccessDecisions.AllowIf(actor.Can(permission)),
        };
    }

    public static bool IsAuthorOf(this Actor actor, KnowledgeRecord record) => actor.IsUser(record.AuthorUserId);

    public static bool CanSee(this Actor actor, KnowledgeStatus status, string? authorUserId) =>
        status == KnowledgeStatus.Published || actor.IsSecretariat || actor.IsUser(authorUserId);

    public static bool CanSee(this Actor actor, KnowledgeRecord record) => actor.CanSee(record.Status, record.AuthorUserId);

    /// <summary>The reading rule of <see cref="CanSee(Actor, KnowledgeStatus, string?)"/>, for database queries.</summary>
    public static Expression<Func<T, bool>> VisibleRecords<T>(this Actor actor) where T : KnowledgeRecord
    {
        var userId = actor.UserId;
        var all = actor.IsSecretariat;
        return r => r.Status == KnowledgeStatus.Published || all || (userId != null && r.AuthorUserId == userId);
    }

    /// <summary>
    /// Why the actor may or may not edit: the secretariat always; the author while the record is a draft or changes
    /// were requested (a submitted or published record is the secretariat's to change); nobody else.
    /// </summary>
    public static KnowledgeEditRight EditRight(this Actor actor, KnowledgeRecord record)
    {
        if (actor.IsSecretariat) return KnowledgeEditRight.Allowed;
        if (!actor.IsAuthorOf(record)) return KnowledgeEditRight.NotAuthor;
        return record.Status is KnowledgeStatus.Draft or KnowledgeStatus.ChangesRequested ? KnowledgeEditRight.Allowed : KnowledgeEditRight.NotNow;
    }

    public static bool CanAttach(this Actor actor, KnowledgeRecord record) => actor.Can(KnowledgePermission.Attach, record);
}
