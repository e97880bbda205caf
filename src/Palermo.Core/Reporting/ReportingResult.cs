namespace Palermo.Reporting;

public enum ReportingOutcome
{
    Ok,
    NotFound,
    Invalid,

    /// <summary>The concurrency token was stale: someone saved in between.</summary>
    Conflict,

    /// <summary>The cycle or submission is not in a state that allows this action.</summary>
    WrongState,

    /// <summary>A cycle cannot open while a language of its questionnaire is incomplete.</summary>
    IncompleteLanguages,

    /// <summary>A save without a concurrency token on a submission that was already saved.</summary>
    TokenRequired,
}

/// <summary>The outcome of a reporting action: a value, or why not (with the answer problems or the current submission).</summary>
public sealed record ReportingResult<T>(ReportingOutcome Outcome, T? Value, IReadOnlyList<AnswerProblem> Problems, string? Detail = null)
{
    public bool Succeeded => Outcome == ReportingOutcome.Ok;

    public static ReportingResult<T> Ok(T value) => new(ReportingOutcome.Ok, value, []);

    public static ReportingResult<T> Fail(ReportingOutcome outcome, string? detail = null, IReadOnlyList<AnswerProblem>? problems = null, T? value = default) =>
        new(outcome, value, problems ?? [], detail);
}
