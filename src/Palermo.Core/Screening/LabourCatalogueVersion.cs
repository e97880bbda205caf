namespace Palermo.Screening;

/// <summary>
/// One saved edition of a labour-indicator catalogue: the rules and weights as the engine reads them, the
/// texts in six languages, and who made it and what it changed. Rows are only ever added, so every
/// assessment's recorded (catalogue id, version) can be traced back to the exact rules that produced it.
/// </summary>
public class LabourCatalogueVersion
{
    public string CatalogueId { get; set; } = "";

    public int Version { get; set; }

    /// <summary>The catalogue JSON (same shape as <c>data/screening/labour-indicators.json</c>), its <c>version</c> member equal to <see cref="Version"/>.</summary>
    public string CatalogueJson { get; set; } = "";

    /// <summary>The texts JSON (same shape as <c>labour-indicators.i18n.json</c>).</summary>
    public string TranslationsJson { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Null for the edition loaded from the shipped file.</summary>
    public string? CreatedByUserId { get; set; }

    /// <summary>Display name at the time of the edit, so the history stays readable if the account goes.</summary>
    public string? CreatedByName { get; set; }

    /// <summary>What changed, as paths such as <c>DR01.weight.adult</c> or <c>DR01.name.fr</c>, separated by single spaces.</summary>
    public string Changes { get; set; } = "";

    /// <summary>The editor's reason, optional.</summary>
    public string? Note { get; set; }

    public IReadOnlyList<string> ChangeList() => Changes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
