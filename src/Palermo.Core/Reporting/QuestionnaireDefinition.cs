using Palermo.TreatyStatus;

namespace Palermo.Reporting;

/// <summary>
/// A questionnaire version as data: sections of questions, each text in the six languages
/// (a dictionary keyed by language code). Stored as JSON beside its entity and shipped as JSON in data/reporting.
/// </summary>
public sealed record QuestionnaireDefinition
{
    public string Code { get; init; } = "";
    public int Version { get; init; } = 1;
    public Protocol Protocol { get; init; }
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<SectionDefinition> Sections { get; init; } = [];

    public IEnumerable<QuestionDefinition> Questions => Sections.SelectMany(s => s.Questions);

    public QuestionDefinition? Find(string code) => Questions.FirstOrDefault(q => string.Equals(q.Code, code, StringComparison.Ordinal));
}

public sealed record SectionDefinition
{
    public string Code { get; init; } = "";
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<QuestionDefinition> Questions { get; init; } = [];
}

public sealed record QuestionDefinition
{
    public string Code { get; init; } = "";
    public QuestionType Type { get; init; }

    /// <summary>Articles of the questionnaire's protocol this question concerns.</summary>
    public IReadOnlyList<int> Articles { get; init; } = [];

    public bool Required { get; init; }
    public IReadOnlyDictionary<string, string> Text { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string>? Help { get; init; }
    public IReadOnlyList<OptionDefinition> Options { get; init; } = [];
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>Skip logic: the question is shown only when another question has this value.</summary>
    public ShowWhen? ShowWhen { get; init; }

    /// <summary>Headline indicator the answer feeds ("criminalization", "technical-assistance" …), if any.</summary>
    public string? Indicator { get; init; }
}

public sealed record OptionDefinition
{
    public string Code { get; init; } = "";
    public IReadOnlyDictionary<string, string> Label { get; init; } = new Dictionary<string, string>();
}

public sealed record ShowWhen(string Question, string Value);
