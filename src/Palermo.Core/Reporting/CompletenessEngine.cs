using Palermo.TreatyStatus;

namespace Palermo.Reporting;

/// <summary>A State expected to answer (party on the opening date), with its M49 region.</summary>
public sealed record ExpectedRespondent(string Iso3, string? RegionM49);

/// <summary>Where one country's submission stands; <see cref="ExtendedDeadline"/> when the secretariat granted one.</summary>
public sealed record SubmissionStatus(string Iso3, SubmissionState State, DateTimeOffset? FirstSubmittedAt, DateOnly? ExtendedDeadline = null);

public sealed record CountryCompleteness(string Iso3, string? RegionM49, SubmissionState State, DateOnly Deadline,
    DateTimeOffset? SubmittedAt, bool Answered, bool? OnTime, bool Overdue);

public sealed record RegionCompleteness(string? RegionM49, int Expected, int Answered, double Rate);

public sealed record CompletenessReport(
    Protocol Protocol,
    int Expected,
    int NotStarted,
    int InProgress,
    int Submitted,
    int Returned,
    int Accepted,
    int Answered,
    int OnTime,
    int Late,
    int Overdue,
    double Rate,
    IReadOnlyList<RegionCompleteness> Regions,
    IReadOnlyList<CountryCompleteness> Countries,
    IReadOnlyList<string> LateJoiners);

/// <summary>
/// Who has answered a cycle. Pure: only the expected respondents count, each once, so every rate is between 0 and 1;
/// States that became parties after the opening date are listed apart and count in no rate.
/// "Answered" means submitted at least once (submitted, returned or accepted); on time is judged on the first submission
/// against the country's deadline (its extension if any), to the end of that day UTC.
/// </summary>
public static class CompletenessEngine
{
    public static CompletenessReport Compute(Protocol protocol, DateOnly deadline, IReadOnlyList<ExpectedRespondent> expected,
        IReadOnlyList<string> lateJoiners, IReadOnlyList<SubmissionStatus> submissions, DateOnly today)
    {
        var byCountry = new Dictionary<string, SubmissionStatus>(StringComparer.Ordinal);
        foreach (var s in submissions) byCountry[s.Iso3] = s;

        var expectedOnce = expected.DistinctBy(e => e.Iso3, StringComparer.Ordinal).ToList();
        var countries = expectedOnce.Select(e =>
        {
            var status = byCountry.GetValueOrDefault(e.Iso3);
            var state = status?.State ?? SubmissionState.NotStarted;
            var due = status?.ExtendedDeadline is { } extended && extended > deadline ? extended : deadline;
            var answered = state is SubmissionState.Submitted or SubmissionState.Returned or SubmissionState.Accepted;
            bool? onTime = answered && status?.FirstSubmittedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) <= due : answered ? true : null;
            return new CountryCompleteness(e.Iso3, e.RegionM49, state, due, status?.FirstSubmittedAt, answered, onTime, !answered && today > due);
        }).OrderBy(c => c.Iso3, StringComparer.Ordinal).ToList();

        var expectedIso3 = expectedOnce.Select(e => e.Iso3).ToHashSet(StringComparer.Ordinal);
        var regions = countries.GroupBy(c => c.RegionM49)
            .Select(g => new RegionCompleteness(g.Key, g.Count(), g.Count(c => c.Answered), Rate(g.Count(c => c.Answered), g.Count())))
            .OrderBy(r => r.RegionM49, StringComparer.Ordinal).ToList();
        int Count(SubmissionState state) => countries.Count(c => c.State == state);
        var answeredCount = countries.Count(c => c.Answered);
        return new CompletenessReport(protocol, countries.Count,
            Count(SubmissionState.NotStarted), Count(SubmissionState.InProgress), Count(SubmissionState.Submitted),
            Count(SubmissionState.Returned), Count(SubmissionState.Accepted), answeredCount,
            countries.Count(c => c.OnTime == true), countries.Count(c => c.OnTime == false), countries.Count(c => c.Overdue),
            Rate(answeredCount, countries.Count), regions, countries,
            lateJoiners.Where(j => !expectedIso3.Contains(j)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>A share between 0 and 1, rounded to four places; 0 when nobody is expected.</summary>
    public static double Rate(int part, int whole) => whole <= 0 ? 0 : Math.Round(Math.Min(part, whole) / (double)whole, 4);
}
