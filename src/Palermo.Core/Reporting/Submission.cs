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
