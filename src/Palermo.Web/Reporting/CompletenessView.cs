using Palermo.Reporting;

namespace Palermo.Web.Reporting;

public sealed record CountryStatusView(string Country, string? Region, string State, DateOnly Deadline, DateTimeOffset? SubmittedAt,
    bool Answered, bool? OnTime, bool Overdue, DateTimeOffset? LastReminder);

/// <summary>
/// Who has answered a cycle. Counts, rates and the States that have not answered are for every signed-in user;
/// each country's state and dates only for the secretariat.
/// </summary>
public sealed record CompletenessView(
    string Protocol, int Expected, int NotStarted, int InProgress, int Submitted, int Returned, int Accepted, int Answered,
    int OnTime, int Late, int Overdue, double Rate, double RatePercent,
    IReadOnlyList<RegionCompleteness> Regions, IReadOnlyList<string> NotAnswered, IReadOnlyList<string> LateJoiners,
    IReadOnlyList<CountryStatusView>? Countries)
{
    public static CompletenessView From(CompletenessReport r, bool secretariat, IReadOnlyDictionary<string, DateTimeOffset> lastReminder) =>
        new(r.Protocol.ToString(), r.Expected, r.NotStarted, r.InProgress, r.Submitted, r.Returned, r.Accepted, r.Answered,
            r.OnTime, r.Late, r.Overdue, r.Rate, Math.Round(r.Rate * 100, 1), r.Regions,
            r.Countries.Where(c => !c.Answered).Select(c => c.Iso3).ToList(), r.LateJoiners,
            secretariat
                ? r.Countries.Select(c => new CountryStatusView(c.Iso3, c.RegionM49, Kebab.Of(c.State), c.Deadline, c.SubmittedAt, c.Answered, c.OnTime, c.Overdue,
                    lastReminder.TryGetValue(c.Iso3, out var at) ? at : null)).ToList()
                : null);
}
