using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

public class CompletenessEngineTests
{
    private static readonly DateOnly Deadline = new(2026, 6, 30);
    private static DateTimeOffset On(int month, int day) => new(2026, month, day, 12, 0, 0, TimeSpan.Zero);

    private static readonly ExpectedRespondent[] Expected =
    [
        new("EGY", "002"), new("NGA", "002"), new("JOR", "142"), new("PHL", "142"), new("ITA", "150"), new("MEX", "019"),
    ];

    [Fact]
    public void Counts_each_state_and_judges_on_time_against_the_countrys_own_deadline()
    {
        SubmissionStatus[] submissions =
        [
            new("EGY", SubmissionState.InProgress, null),
            new("NGA", SubmissionState.Submitted, On(6, 1)),
            new("JOR", SubmissionState.Accepted, On(7, 10)),
            new("PHL", SubmissionState.Returned, On(7, 10), new DateOnly(2026, 7, 31)),
            new("MEX", SubmissionState.NotStarted, null, new DateOnly(2026, 8, 31)),
        ];

        var report = CompletenessEngine.Compute(Protocol.TIP, Deadline, Expected, [], submissions, new DateOnly(2026, 7, 15));

        Assert.Equal(6, report.Expected);
        Assert.Equal(2, report.NotStarted); // ITA without a row, MEX with an extension only
        Assert.Equal(1, report.InProgress);
        Assert.Equal(1, report.Submitted);
        Assert.Equal(1, report.Returned);
        Assert.Equal(1, report.Accepted);
        Assert.Equal(3, report.Answered);
        Assert.Equal(2, report.OnTime); // NGA before the deadline, PHL within its extension
        Assert.Equal(1, report.Late); // JOR after the deadline
        Assert.Equal(2, report.Overdue); // EGY and ITA; MEX still has time
        Assert.Equal(0.5, report.Rate);
        var africa = Assert.Single(report.Regions, r => r.RegionM49 == "002");
        Assert.Equal((2, 1, 0.5), (africa.Expected, africa.Answered, africa.Rate));
    }

    [Fact]
    public void Late_joiners_and_unexpected_submissions_never_push_a_rate_above_100_percent()
    {
        SubmissionStatus[] submissions =
        [
            .. Expected.Select(e => new SubmissionStatus(e.Iso3, SubmissionState.Accepted, On(5, 1))),
            new("FRA", SubmissionState.Accepted, On(5, 1)), // became a party after the opening date
            new("EGY", SubmissionState.Accepted, On(5, 2)), // counted once
        ];

        var report = CompletenessEngine.Compute(Protocol.SOM, Deadline, [.. Expected, new("EGY", "002")], ["FRA", "FRA"], submissions, new DateOnly(2026, 5, 3));

        Assert.Equal(6, report.Expected);
        Assert.Equal(6, report.Answered);
        Assert.Equal(1.0, report.Rate);
        Assert.All(report.Regions, r => Assert.InRange(r.Rate, 0, 1));
        Assert.Equal(["FRA"], report.LateJoiners);
        Assert.DoesNotContain(report.Countries, c => c.Iso3 == "FRA");
    }

    [Fact]
    public void Nobody_expected_gives_a_rate_of_zero()
    {
        var report = CompletenessEngine.Compute(Protocol.TIP, Deadline, [], [], [new("EGY", SubmissionState.Submitted, On(1, 1))], Deadline);
        Assert.Equal((0, 0, 0.0), (report.Expected, report.Answered, report.Rate));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 7)]
    [InlineData(7, 7)]
    [InlineData(9, 7)]
    public void A_rate_is_always_between_0_and_1(int part, int whole) =>
        Assert.InRange(CompletenessEngine.Rate(part, whole), 0, 1);
}
