namespace Palermo.Knowledge;

/// <summary>Told after a practice or case was saved (created, edited, published, unpublished …); the search index listens.</summary>
public interface IKnowledgeChangeListener
{
    Task ChangedAsync(KnowledgeRecord record, CancellationToken cancellationToken);
}
