using System.Text.Json;

namespace Palermo.Reporting;

public enum SubmissionState
{
    NotStarted,
    InProgress,
    Submitted,
    Returned,
    Accepted,
}

/// <summary>
/// A country's answers in one cycle. <see cref="Version"/> is the concurrency token: every save increments it and
/// a save that carries an older one is refused, so two people can never silently overwrite each other.
/// </summary>
public class Submission : ICountryScoped
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public string CountryIso3 { get; set; } = "";
    public SubmissionState State { get; set; }

    /// <summary>JSON object: question code → answer value.</summary>
    public string Answers { get; set; } = "{}";
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The first submission: on time or late is judged on it.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The secretariat's comments per question when it returned the submission (JSON list), cleared on resubmission.</summary>
    public string? ReturnComments { get; set; }

    /// <summary>
    /// The country agreed to publication of its submitted answers in this cycle: focal points and contributors of other
    /// States parties may then read them individually (the query filter lets them through). False until agreed.
    /// </summary>
    public bool IsPublic { get; set; }

    /// <summary>When the country's decision on publication (agree or not) was last recorded; null when never asked.</summary>
    public DateTimeOffset? PublicationDecidedAt { get; set; }

    /// <summary>Who recorded it: the country's focal point or the secretariat on its behalf (user id).</summary>
    public string? PublicationDecidedBy { get; set; }

    public bool IsEditable => State is SubmissionState.NotStarted or SubmissionState.InProgress or SubmissionState.Returned;

    /// <summary>Has been submitted at least once: counts as an answer in completeness and analysis.</summary>
    public bool HasAnswered => State is SubmissionState.Submitted or SubmissionState.Returned or SubmissionState.Accepted;

    /// <summary>Replaces the draft answers (JSON, already validated) unless the secretariat holds the submission.</summary>
    public Problem? SaveDraft(string answers, DateTimeOffset now)
    {
        if (!IsEditable) return ProblemCodes.SubmissionLocked.With(current: this);
        Answers = answers;
        if (State == SubmissionState.NotStarted) State = SubmissionState.InProgress;
        Touch(now);
        return null;
    }

    /// <summary>
    /// Sends the answers to the secretariat and returns the frozen copy to store as version <paramref name="number"/>.
    /// Only a started or returned submission can be sent (refused before the answers are judged, so an untouched one
    /// says «nothing to submit» rather than listing every missing answer), and only when every answer is valid and
    /// every required question answered.
    /// </summary>
    public Outcome<SubmissionVersion> Submit(QuestionnaireDefinition definition, int number, DateTimeOffset now, string? userId)
    {
        if (Id == 0 || State is not (SubmissionState.InProgress or SubmissionState.Returned))
            return ProblemCodes.NothingToSubmit.With(current: this);
        var answers = QuestionnaireJson.ParseAnswers(Answers);
        var problems = AnswerValidator.Validate(definition, answers).Concat(AnswerValidator.MissingRequired(definition, answers)).ToList();
        if (problems.Count > 0) return AnswerProblems.Refuse(problems);

        State = SubmissionState.Submitted;
        FirstSubmittedAt ??= now;
        SubmittedAt = now;
        // The secretariat's comments were about the answers it returned; the new answers start a new review.
        ReturnComments = null;
        Touch(now);
        return new SubmissionVersion
        {
            SubmissionId = Id, CycleId = CycleId, CountryIso3 = CountryIso3, Number = number,
            Answers = Answers, SubmittedAt = now, SubmittedBy = userId, IsPublic = IsPublic,
        };
    }

    /// <summary>The secretariat accepts what was submitted; nothing else can be accepted.</summary>
    public Problem? Accept(DateTimeOffset now)
    {
        if (State != SubmissionState.Submitted) return ProblemCodes.NotSubmitted.With(current: this);
        State = SubmissionState.Accepted;
        AcceptedAt = now;
        Touch(now);
        return null;
    }

    /// <summary>The secretariat sends what was submitted back to the country with its comments per question.</summary>
    public Problem? Return(IReadOnlyList<ReturnComment> comments, DateTimeOffset now)
    {
        if (State != SubmissionState.Submitted) return ProblemCodes.NotSubmitted.With(current: this);
        State = SubmissionState.Returned;
        ReturnComments = JsonSerializer.Serialize(comments, QuestionnaireJson.Options);
        Touch(now);
        return null;
    }

    /// <summary>
    /// Records the country's decision on publication in any state (a country may decide before it submits). The frozen
    /// <paramref name="versions"/> follow, so the query filter shows or hides them together. Not an answer change: the
    /// concurrency token stays as it is.
    /// </summary>
    public void DecidePublication(bool consent, DateTimeOffset now, string? userId, IEnumerable<SubmissionVersion> versions)
    {
        IsPublic = consent;
        PublicationDecidedAt = now;
        PublicationDecidedBy = userId;
        foreach (var version in versions) version.IsPublic = consent;
    }

    /// <summary>Every change of answers or state moves the concurrency token, so a client holding the old one is refused.</summary>
    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}

/// <summary>A frozen copy of what a country submitted; one per submission, never changed.</summary>
public class SubmissionVersion : ICountryScoped
{
    public int Id { get; set; }
    public int SubmissionId { get; set; }
    public int CycleId { get; set; }
    public string CountryIso3 { get; set; } = "";
    public int Number { get; set; }
    public string Answers { get; set; } = "{}";
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public bool IsPublic { get; set; }
}

/// <summary>A comment of the secretariat on one question of a returned submission.</summary>
public sealed record ReturnComment(string Question, string Comment);
