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

    /// <summary>
    /// Draft → open → closed → archived, one step forward at a time. A cycle opens only when its questionnaire reads
    /// in every language (<paramref name="incompleteLanguages"/> lists those that do not), since a State answers in its own.
    /// </summary>
    public Problem? MoveTo(CycleState to, IReadOnlyList<string> incompleteLanguages)
    {
        if ((int)to != (int)State + 1) return ProblemCodes.WrongState.With(State.ToString());
        if (to == CycleState.Open && incompleteLanguages.Count > 0)
            return ProblemCodes.IncompleteLanguages.With(string.Join(", ", incompleteLanguages));
        State = to;
        return null;
    }
}

/// <summary>A later deadline the secretariat granted one country in one cycle.</summary>
public class DeadlineExtension
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public string CountryIso3 { get; set; } = "";
    public DateOnly Deadline { get; set; }
}
