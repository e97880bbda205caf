namespace Palermo.Knowledge;

/// <summary>What practices and case law share: text in one language, treaty references, review status and authorship.</summary>
public abstract class KnowledgeRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>Full text; sanitized HTML (links kept, never script).</summary>
    public string Body { get; set; } = "";

    /// <summary>The UN language the record was written in (ar, zh, en, fr, ru, es).</summary>
    public string Language { get; set; } = PalermoLanguages.Default;

    /// <summary>TIP, SOM or UNTOC.</summary>
    public List<string> Protocols { get; set; } = [];

    /// <summary>Article references such as «TIP 6» or «SOM 18».</summary>
    public List<string> Articles { get; set; } = [];

    /// <summary>Where the information comes from: citations or links.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Shared by a record and its translations: the same practice or case in other languages.</summary>
    public Guid TranslationGroupId { get; set; }

    public KnowledgeStatus Status { get; set; } = KnowledgeStatus.Submitted;

    /// <summary>The reviewer's note when changes were requested or the record rejected.</summary>
    public string? ReviewNote { get; set; }

    public string? AuthorUserId { get; set; }
    public string? AuthorCountryIso3 { get; set; }

    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public abstract KnowledgeKind Kind { get; }

    public bool IsPublished => Status == KnowledgeStatus.Published;

    /// <summary>
    /// Moves the record through review (<see cref="KnowledgeTransitions"/> says which status each step leaves from and
    /// goes to), keeps the reviewer's note as plain text (no note keeps the one before) and counts a new version.
    /// </summary>
    public Problem? Apply(KnowledgeTransition transition, string? note, DateTimeOffset now)
    {
        if (!transition.AllowedFrom(Status))
            return ProblemCodes.InvalidTransition.With(errors: [new FieldError("status", "invalid-transition", KnowledgeStatusCodes.Code(Status))]);
        Status = transition.Target();
        if (note is not null) ReviewNote = KnowledgeHtml.ToPlainText(KnowledgeHtml.Sanitize(note));
        // The first publication date stays through later re-publications; unpublishing withdraws it.
        if (Status == KnowledgeStatus.Published) PublishedAt ??= now;
        if (transition == KnowledgeTransition.Unpublish) PublishedAt = null;
        Version++;
        UpdatedAt = now;
        return null;
    }
}
