using Palermo.TreatyStatus;

namespace Palermo.Reporting;

/// <summary>One version of a questionnaire; its sections and questions are the JSON <see cref="Definition"/>.</summary>
public class Questionnaire
{
    public int Id { get; set; }

    /// <summary>Stable name across versions, e.g. "tip" or "som".</summary>
    public string Code { get; set; } = "";
    public int Version { get; set; }
    public Protocol Protocol { get; set; }
    public string Definition { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public QuestionnaireDefinition Parse() => QuestionnaireJson.Parse(Definition);
}
