using Palermo.TreatyStatus;

namespace Palermo.Reporting;

public enum CycleState
{
    Draft,
    Open,
    Closed,
    Archived,
}

/// <summary>A reporting cycle: one protocol, one questionnaire version, an opening date and a deadline.</summary>
public class Cycle
{
    public int Id { get; set; }
    public Protocol Protocol { get; set; }
    public int QuestionnaireId { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly Deadline { get; set; }
    public CycleState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string Name => $"{Protocol} {OpensOn.Year}";
}

/// <summary>A later deadline the secretariat granted one country in one cycle.</summary>
public class DeadlineExtension
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public string CountryIso3 { get; set; } = "";
    public DateOnly Deadline { get; set; }
}
