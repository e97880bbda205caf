using Palermo.Screening;

namespace Palermo.Tests.Screening;

public class ValidationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_profile_is_reported(string? profile)
    {
        var evaluation = ScreeningData.Evaluator.Evaluate(profile, false, ["EX01"]);
        Assert.False(evaluation.IsValid);
        Assert.Null(evaluation.Result);
        Assert.Equal([new ScreeningValidationError(ScreeningErrorCodes.ProfileMissing, "")], evaluation.Errors);
    }

    [Theory]
    [InlineData("elderly")]
    [InlineData("Adult")]
    [InlineData("child ")]
    public void Unknown_profile_is_reported_with_its_value(string profile)
    {
        var evaluation = ScreeningData.Evaluator.Evaluate(profile, false, ["EX01"]);
        Assert.Equal([new ScreeningValidationError(ScreeningErrorCodes.ProfileUnknown, profile)], evaluation.Errors);
        Assert.Contains(profile, evaluation.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX99")]
    [InlineData("dr01")]
    [InlineData(" DR01")]
    [InlineData("")]
    public void Unknown_indicator_is_reported_with_its_value(string id)
    {
        var evaluation = ScreeningData.Evaluator.Evaluate("adult", false, ["EX01", id]);
        Assert.Equal([new ScreeningValidationError(ScreeningErrorCodes.IndicatorUnknown, id)], evaluation.Errors);
    }

    [Fact]
    public void Null_indicator_is_reported_as_an_empty_unknown_id()
    {
        var evaluation = ScreeningData.Evaluator.Evaluate("adult", false, new string?[] { null });
        Assert.Equal([new ScreeningValidationError(ScreeningErrorCodes.IndicatorUnknown, "")], evaluation.Errors);
    }

    [Theory]
    [InlineData("RV07")]
    [InlineData("EX06")]
    public void Adult_only_indicator_is_refused_for_a_child(string id)
    {
        var evaluation = ScreeningData.Evaluator.Evaluate("child", true, ["EX01", id]);
        Assert.Equal([new ScreeningValidationError(ScreeningErrorCodes.IndicatorNotForProfile, id)], evaluation.Errors);
        Assert.True(ScreeningData.Evaluator.Evaluate("adult", true, ["EX01", id]).IsValid);
    }

    [Fact]
    public void Child_only_indicator_is_refused_for_an_adult()
    {
        // The shipped catalogue has no child-only indicator, so remove DR10's adult weight.
        var evaluator = ScreeningData.EvaluatorFor(json => ScreeningData.Indicator(json, "DR10")["strength"]!.AsObject().Remove("adult"));

        var evaluation = evaluator.Evaluate("adult", false, ["DR10"]);
        Assert.Equal([new ScreeningValidationError(ScreeningErrorCodes.IndicatorNotForProfile, "DR10")], evaluation.Errors);
        Assert.True(evaluator.Evaluate("child", false, ["DR10"]).IsValid);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var evaluation = ScreeningData.Evaluator.Evaluate("child", false, ["RV07", "NOPE", "EX01", "EX06"]);
        Assert.Equal(
            [
                new ScreeningValidationError(ScreeningErrorCodes.IndicatorNotForProfile, "RV07"),
                new ScreeningValidationError(ScreeningErrorCodes.IndicatorUnknown, "NOPE"),
                new ScreeningValidationError(ScreeningErrorCodes.IndicatorNotForProfile, "EX06"),
            ],
            evaluation.Errors);
    }

    [Fact]
    public void Unknown_ids_are_still_reported_when_the_profile_is_wrong()
    {
        var evaluation = ScreeningData.Evaluator.Evaluate("person", false, ["EX01", "ZZ01"]);
        Assert.Equal(
            [
                new ScreeningValidationError(ScreeningErrorCodes.ProfileUnknown, "person"),
                new ScreeningValidationError(ScreeningErrorCodes.IndicatorUnknown, "ZZ01"),
            ],
            evaluation.Errors);
    }

    [Fact]
    public void Allocation_free_path_refuses_bad_indices()
    {
        var evaluator = ScreeningData.Evaluator;
        Assert.Equal(-1, evaluator.IndexOf("ZZ01"));
        Assert.False(evaluator.TryEvaluateOutcome(ScreeningProfile.Adult, false, [-1], out var outcome));
        Assert.Null(outcome);
        Assert.False(evaluator.TryEvaluateOutcome(ScreeningProfile.Adult, false, [10_000], out _));
        Assert.False(evaluator.TryEvaluateOutcome(ScreeningProfile.Child, false, [evaluator.IndexOf("RV07")], out _));
    }
}
