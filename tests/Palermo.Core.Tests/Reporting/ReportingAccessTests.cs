using Palermo.Access;
using Palermo.Reporting;
using Palermo.Tests.Access;

namespace Palermo.Tests.Reporting;

/// <summary>The rules of reporting as a table: actor × submission (country, cycle state, published) × permission.</summary>
public sealed class ReportingAccessTests
{
    private const AccessDecision Allowed = AccessDecision.Allowed;
    private const AccessDecision Forbidden = AccessDecision.Forbidden;
    private const AccessDecision Hidden = AccessDecision.Hidden;

    public static TheoryData<string, string, CycleState, bool, ReportingPermission, AccessDecision> Submissions() => new()
    {
        // The country's own people.
        { "focal-EGY", "EGY", CycleState.Open, false, ReportingPermission.ReadSubmission, Allowed },
        { "focal-EGY", "EGY", CycleState.Open, false, ReportingPermission.DraftAnswers, Allowed },
        { "focal-EGY", "EGY", CycleState.Open, false, ReportingPermission.SubmitAnswers, Allowed },
        { "focal-EGY", "EGY", CycleState.Open, false, ReportingPermission.DecidePublication, Allowed },
        { "focal-EGY", "EGY", CycleState.Open, false, ReportingPermission.ReviewSubmission, Forbidden },
        { "contributor-EGY", "EGY", CycleState.Open, false, ReportingPermission.DraftAnswers, Allowed },
        { "contributor-EGY", "EGY", CycleState.Open, false, ReportingPermission.ReadWorkingCopy, Allowed },
        { "contributor-EGY", "EGY", CycleState.Open, false, ReportingPermission.SubmitAnswers, Forbidden },
        { "contributor-EGY", "EGY", CycleState.Open, false, ReportingPermission.DecidePublication, Forbidden },
        // Own country, a role that sees aggregates only.
        { "officer-EGY", "EGY", CycleState.Open, false, ReportingPermission.ReadSubmission, Forbidden },
        { "practitioner-EGY", "EGY", CycleState.Open, false, ReportingPermission.DraftAnswers, Forbidden },
        // Another country: hidden, unless it agreed to publication — then read only, never the working copy.
        { "focal-NGA", "EGY", CycleState.Open, false, ReportingPermission.ReadSubmission, Hidden },
        { "focal-NGA", "EGY", CycleState.Open, true, ReportingPermission.ReadSubmission, Allowed },
        { "contributor-NGA", "EGY", CycleState.Closed, true, ReportingPermission.ReadSubmission, Allowed },
        { "focal-NGA", "EGY", CycleState.Open, true, ReportingPermission.ReadWorkingCopy, Forbidden },
        { "focal-NGA", "EGY", CycleState.Open, true, ReportingPermission.DraftAnswers, Forbidden },
        { "partner", "EGY", CycleState.Open, true, ReportingPermission.ReadSubmission, Hidden },
        { "anonymous", "EGY", CycleState.Open, true, ReportingPermission.ReadSubmission, Hidden },
        // The secretariat reviews, never drafts.
        { "admin", "EGY", CycleState.Open, false, ReportingPermission.ReviewSubmission, Allowed },
        { "analyst", "EGY", CycleState.Open, false, ReportingPermission.ReadWorkingCopy, Allowed },
        { "analyst", "EGY", CycleState.Open, false, ReportingPermission.DecidePublication, Allowed },
        { "admin", "EGY", CycleState.Open, false, ReportingPermission.DraftAnswers, Forbidden },
        { "admin", "EGY", CycleState.Open, false, ReportingPermission.SubmitAnswers, Forbidden },
        // A draft cycle is the secretariat's alone; a refusal by role still comes first.
        { "focal-EGY", "EGY", CycleState.Draft, false, ReportingPermission.DraftAnswers, Hidden },
        { "focal-NGA", "EGY", CycleState.Draft, true, ReportingPermission.ReadSubmission, Hidden },
        { "officer-EGY", "EGY", CycleState.Draft, false, ReportingPermission.ReadSubmission, Forbidden },
        { "admin", "EGY", CycleState.Draft, false, ReportingPermission.ReadSubmission, Allowed },
    };

    [Theory, MemberData(nameof(Submissions))]
    public void Submission_rules(string actor, string country, CycleState cycle, bool published, ReportingPermission permission, AccessDecision expected) =>
        Assert.Equal(expected, Actors.Named(actor).Decide(permission, new SubmissionSubject(cycle, country, published)));

    public static TheoryData<string, CycleState, ReportingPermission, AccessDecision> Cycles() => new()
    {
        { "focal-EGY", CycleState.Open, ReportingPermission.SeeCycle, Allowed },
        { "officer-EGY", CycleState.Closed, ReportingPermission.SeeCycle, Allowed },
        { "focal-EGY", CycleState.Draft, ReportingPermission.SeeCycle, Hidden },
        { "partner", CycleState.Draft, ReportingPermission.SeeCycle, Hidden },
        { "analyst", CycleState.Draft, ReportingPermission.SeeCycle, Allowed },
        { "anonymous", CycleState.Open, ReportingPermission.SeeCycle, Hidden },
        { "focal-EGY", CycleState.Open, ReportingPermission.ManageCycles, Forbidden },
        { "focal-EGY", CycleState.Open, ReportingPermission.SeeRespondents, Forbidden },
        { "admin", CycleState.Draft, ReportingPermission.ManageCycles, Allowed },
        { "analyst", CycleState.Open, ReportingPermission.SeeRespondents, Allowed },
    };

    [Theory, MemberData(nameof(Cycles))]
    public void Cycle_rules(string actor, CycleState cycle, ReportingPermission permission, AccessDecision expected) =>
        Assert.Equal(expected, Actors.Named(actor).Decide(permission, cycle));

    [Theory]
    [InlineData("focal-NGA", "EGY", true)]
    [InlineData("contributor-NGA", "EGY", true)]
    [InlineData("focal-EGY", "EGY", false)]
    [InlineData("admin", "EGY", false)]
    [InlineData("officer-EGY", "NGA", false)]
    [InlineData("partner", "EGY", false)]
    public void Only_another_States_reporters_depend_on_the_decision_on_publication(string actor, string country, bool depends) =>
        Assert.Equal(depends, ReportingAccess.DependsOnPublication(Actors.Named(actor), country));
}
