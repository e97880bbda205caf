namespace Palermo.Knowledge;

/// <summary>A successful practice (paragraphs (j), (k) and (l) of the decision).</summary>
public class Practice : KnowledgeRecord
{
    public KnowledgeCategory Category { get; set; }

    /// <summary>ISO alpha-3 codes of the countries where the practice took place.</summary>
    public List<string> Countries { get; set; } = [];

    public List<string> Organizations { get; set; } = [];

    public int? PeriodStartYear { get; set; }
    public int? PeriodEndYear { get; set; }

    /// <summary>Results achieved; sanitized HTML.</summary>
    public string Results { get; set; } = "";

    public List<string> Links { get; set; } = [];

    /// <summary>The humanitarian crisis or emergency this practice relates to (paragraph (m)), if any.</summary>
    public string? HumanitarianCrisis { get; set; }

    public override KnowledgeKind Kind => KnowledgeKind.Practice;
}
