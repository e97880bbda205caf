using System.Text.Json;
using Palermo.Demo;
using Palermo.Reporting;

namespace Palermo.Tests.Reporting;

/// <summary>A submission's own rules as a table: state × action → the state it moves to, or the problem that refuses it. No database.</summary>
public sealed class SubmissionTransitionsTests
{
    private static readonly QuestionnaireDefinition Definition = QuestionnaireLoader.Shipped().Single(q => q.Code == "tip");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly string CompleteAnswers = QuestionnaireJson.WriteAnswers(DemoReporting.Generate(Definition, new Random(7)));

    /// <summary>A stored submission (id and token set) in <paramref name="state"/>.</summary>
    private static Submission In(SubmissionState state, string? answers = null) => new()
    {
        Id = 5, CycleId = 3, CountryIso3 = "EGY", State = state, Version = 4, Answers = answers ?? CompleteAnswers,
    };

    public static TheoryData<SubmissionState, SubmissionState?, string?> Drafts() => new()
    {
        { SubmissionState.NotStarted, SubmissionState.InProgress, null },
        { SubmissionState.InProgress, SubmissionState.InProgress, null },
        { SubmissionState.Returned, SubmissionState.Returned, null },
        { SubmissionState.Submitted, null, "submission-locked" },
        { SubmissionState.Accepted, null, "submission-locked" },
    };

    [Theory, MemberData(nameof(Drafts))]
    public void Saving_a_draft(SubmissionState from, SubmissionState? to, string? refusal)
    {
        var submission = In(from, "{}");
        var problem = submission.SaveDraft("""{"tip.criminalization.offence":"yes"}""", Now);
        AssertMoved(submission, from, to, refusal, problem);
        if (to is not null) Assert.Equal("""{"tip.criminalization.offence":"yes"}""", submission.Answers);
        else Assert.Equal("{}", submission.Answers);
    }

    public static TheoryData<SubmissionState, SubmissionState?, string?> Submissions() => new()
    {
        { SubmissionState.NotStarted, null, "nothing-to-submit" },
        { SubmissionState.InProgress, SubmissionState.Submitted, null },
        { SubmissionState.Returned, SubmissionState.Submitted, null },
        { SubmissionState.Submitted, null, "nothing-to-submit" },
        { SubmissionState.Accepted, null, "nothing-to-submit" },
    };

    [Theory, MemberData(nameof(Submissions))]
    public void Submitting(SubmissionState from, SubmissionState? to, string? refusal)
    {
        var submission = In(from);
        submission.ReturnComments = """[{"question":"tip.criminalization.law","comment":"Add the article."}]""";
        var outcome = submission.Submit(Definition, 2, Now, "focal-egy");
        AssertMoved(submission, from, to, refusal, outcome.Problem);
        if (!outcome.Succeeded) return;

        var frozen = outcome.Value;
        Assert.Equal((5, 3, "EGY", 2, CompleteAnswers, Now, "focal-egy"),
            (frozen.SubmissionId, frozen.CycleId, frozen.CountryIso3, frozen.Number, frozen.Answers, frozen.SubmittedAt, frozen.SubmittedBy));
        Assert.Equal((Now, Now), (submission.FirstSubmittedAt, submission.SubmittedAt));
        Assert.Null(submission.ReturnComments);
    }

    [Fact]
    public void An_unsaved_submission_has_nothing_to_submit()
    {
        var outcome = new Submission { State = SubmissionState.InProgress, Answers = CompleteAnswers }.Submit(Definition, 1, Now, null);
        Assert.Equal(ProblemCodes.NothingToSubmit, outcome.Problem?.Code);
    }

    [Fact]
    public void A_resubmission_keeps_the_first_submission_date_that_judges_lateness()
    {
        var first = Now.AddDays(-10);
        var submission = In(SubmissionState.Returned);
        submission.FirstSubmittedAt = first;
        Assert.True(submission.Submit(Definition, 2, Now, null).Succeeded);
        Assert.Equal((first, Now), (submission.FirstSubmittedAt, submission.SubmittedAt));
    }

    [Fact]
    public void Missing_required_answers_refuse_the_submission_and_change_nothing()
    {
        var submission = In(SubmissionState.InProgress, """{"tip.criminalization.offence":"yes"}""");
        var outcome = submission.Submit(Definition, 1, Now, null);
        Assert.Equal(ProblemCodes.InvalidAnswers, outcome.Problem?.Code);
        Assert.Contains(outcome.Problem!.FieldErrors, e => e.Code == "required" && e.IsAnswer);
        Assert.Equal((SubmissionState.InProgress, 4), (submission.State, submission.Version));
    }

    public static TheoryData<SubmissionState, SubmissionState?, string?> Acceptances() => new()
    {
        { SubmissionState.Submitted, SubmissionState.Accepted, null },
        { SubmissionState.NotStarted, null, "not-submitted" },
        { SubmissionState.InProgress, null, "not-submitted" },
        { SubmissionState.Returned, null, "not-submitted" },
        { SubmissionState.Accepted, null, "not-submitted" },
    };

    [Theory, MemberData(nameof(Acceptances))]
    public void Accepting(SubmissionState from, SubmissionState? to, string? refusal)
    {
        var submission = In(from);
        AssertMoved(submission, from, to, refusal, submission.Accept(Now));
        Assert.Equal(to is null ? null : Now, submission.AcceptedAt);
    }

    public static TheoryData<SubmissionState, SubmissionState?, string?> Returns() => new()
    {
        { SubmissionState.Submitted, SubmissionState.Returned, null },
        { SubmissionState.NotStarted, null, "not-submitted" },
        { SubmissionState.InProgress, null, "not-submitted" },
        { SubmissionState.Returned, null, "not-submitted" },
        { SubmissionState.Accepted, null, "not-submitted" },
    };

    [Theory, MemberData(nameof(Returns))]
    public void Returning(SubmissionState from, SubmissionState? to, string? refusal)
    {
        var submission = In(from);
        var problem = submission.Return([new ReturnComment("tip.criminalization.law", "Please add the article.")], Now);
        AssertMoved(submission, from, to, refusal, problem);
        if (to is null) Assert.Null(submission.ReturnComments);
        else Assert.Equal(new ReturnComment("tip.criminalization.law", "Please add the article."), Assert.Single(SubmissionService.CommentsOf(submission)));
    }

    [Theory]
    [InlineData(SubmissionState.NotStarted, true)]
    [InlineData(SubmissionState.Submitted, true)]
    [InlineData(SubmissionState.Accepted, false)]
    public void A_publication_decision_is_recorded_in_any_state_the_versions_follow_and_the_token_stays(SubmissionState state, bool consent)
    {
        var submission = In(state);
        submission.IsPublic = !consent;
        SubmissionVersion[] versions = [new() { Number = 1, IsPublic = !consent }, new() { Number = 2, IsPublic = !consent }];
        submission.DecidePublication(consent, Now, "focal-egy", versions);
        Assert.Equal((consent, Now, "focal-egy"), (submission.IsPublic, submission.PublicationDecidedAt, submission.PublicationDecidedBy));
        Assert.All(versions, v => Assert.Equal(consent, v.IsPublic));
        Assert.Equal((state, 4), (submission.State, submission.Version));
    }

    /// <summary>A change moves the state and the concurrency token; a refusal leaves both and names the submission as it is.</summary>
    private static void AssertMoved(Submission submission, SubmissionState from, SubmissionState? to, string? refusal, Problem? problem)
    {
        if (to is { } moved)
        {
            Assert.Null(problem);
            Assert.Equal((moved, 5, Now), (submission.State, submission.Version, submission.UpdatedAt));
            return;
        }
        Assert.Equal(refusal, problem?.Code.Code);
        Assert.Same(submission, problem!.Current);
        Assert.Equal((from, 4), (submission.State, submission.Version));
    }
}
