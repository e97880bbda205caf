using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Palermo.Screening;

namespace Palermo.Tests.Screening;

public class ScreeningProperties
{
    private static readonly string[] KnownIds = [.. ScreeningData.Indicators(ScreeningData.Catalogue).Select(indicator => indicator.Id)];

    /// <summary>Known ids mixed with the kinds of junk a client may send.</summary>
    private static readonly Gen<string?> AnyId = Gen.Frequency(
        (8, Gen.Elements(KnownIds).Select(id => (string?)id)),
        (1, Gen.Elements<string?>(null, "", " ", "dr01", "DR1", "ZZ99", "DR01 ", "\u0000")));

    private static readonly Gen<string?> AnyProfile = Gen.Elements<string?>("adult", "child", "adult", "child", null, "", "Adult", "other");

    [Property(MaxTest = 300)]
    public Property Random_requests_never_throw_and_either_succeed_or_explain() =>
        Prop.ForAll(
            (from profile in AnyProfile
             from actPresent in Gen.Elements(false, true)
             from ids in Gen.ListOf(AnyId)
             select (profile, actPresent, ids)).ToArbitrary(),
            request =>
            {
                var evaluation = ScreeningData.Evaluator.Evaluate(request.profile, request.actPresent, request.ids);
                return evaluation.IsValid
                    ? evaluation.Errors.Count == 0 && evaluation.Result!.Dimensions.Count == 6
                    : evaluation.Errors.Count > 0 && evaluation.Result is null;
            });

    [Property(MaxTest = 300)]
    public Property Adding_an_indicator_never_turns_a_positive_dimension_negative() =>
        Prop.ForAll(
            (from profile in Gen.Elements(ScreeningProfile.Adult, ScreeningProfile.Child)
             let applicable = ApplicableIds(profile)
             from present in Gen.SubListOf(applicable)
             from extra in Gen.Elements(applicable)
             select (profile, present: present.ToArray(), extra)).ToArbitrary(),
            sample =>
            {
                var before = ScreeningData.Evaluator.Evaluate(sample.profile, false, sample.present).Valid();
                var after = ScreeningData.Evaluator.Evaluate(sample.profile, false, [.. sample.present, sample.extra]).Valid();
                return before.Dimensions.Zip(after.Dimensions).All(pair => !pair.First.Positive || pair.Second.Positive);
            });

    [Property(MaxTest = 200)]
    public Property Weak_indicators_alone_never_make_a_dimension_positive() =>
        Prop.ForAll(
            Gen.SubListOf(WeakAdultIds()).ToArbitrary(),
            weak => ScreeningData.Evaluator.Evaluate(ScreeningProfile.Adult, false, weak.ToArray()).Valid().Dimensions.All(dimension => !dimension.Positive));

    [Property(MaxTest = 200)]
    public Property Allocation_free_outcome_matches_the_full_result() =>
        Prop.ForAll(
            (from profile in Gen.Elements(ScreeningProfile.Adult, ScreeningProfile.Child)
             from act in Gen.Elements(false, true)
             from present in Gen.SubListOf(ApplicableIds(profile))
             select (profile, act, present: present.ToArray())).ToArbitrary(),
            sample =>
            {
                var evaluator = ScreeningData.Evaluator;
                int[] indices = [.. sample.present.Select(evaluator.IndexOf)];
                return evaluator.TryEvaluateOutcome(sample.profile, sample.act, indices, out var outcome)
                    && string.Equals(outcome, evaluator.Evaluate(sample.profile, sample.act, sample.present).Valid().OutcomeId, StringComparison.Ordinal);
            });

    private static string[] ApplicableIds(ScreeningProfile profile) =>
        [.. ScreeningData.Indicators(ScreeningData.Catalogue).Where(indicator => indicator.Strength.For(profile) is not null).Select(indicator => indicator.Id)];

    private static string[] WeakAdultIds() =>
        [.. ScreeningData.Indicators(ScreeningData.Catalogue).Where(indicator => indicator.Strength.Adult == IndicatorWeight.Weak).Select(indicator => indicator.Id)];
}
