using Palermo.Screening;

namespace Palermo.Tests.Screening;

/// <summary>Every outcome of the shipped rules, for adults and for children.</summary>
public class OutcomeRuleTests
{
    // Each pair makes its dimension positive for both profiles (strong + medium).
    private static readonly string[] Deception = ["DR01", "DR02"];
    private static readonly string[] Exploitation = ["EX01", "EX02"];
    private static readonly string[] Coercion = ["CD01", "CD05"];
    private static readonly string[] Vulnerability = ["AV01", "AV02", "AV03"];

    public static TheoryData<string, string[], string> AdultCases => new()
    {
        { "recruitment, exploitation and coercion", [.. Deception, .. Exploitation, .. Coercion], "trafficking-indicated" },
        { "recruitment, exploitation and vulnerability", [.. Deception, .. Exploitation, .. Vulnerability], "trafficking-indicated" },
        { "exploitation and coercion, no recruitment", [.. Exploitation, .. Coercion], "forced-labour-indicated" },
        { "exploitation and vulnerability, no recruitment", [.. Exploitation, .. Vulnerability], "forced-labour-indicated" },
        { "exploitation alone", Exploitation, "labour-exploitation-indicated" },
        { "recruitment and exploitation, no destination dimension", [.. Deception, .. Exploitation], "labour-exploitation-indicated" },
        { "nothing", [], "not-indicated" },
        { "every dimension but exploitation", [.. Deception, .. Coercion, .. Vulnerability], "not-indicated" },
        { "two medium and one weak exploitation indicators", ["EX02", "EX03", "EX09"], "labour-exploitation-indicated" },
        { "exploitation indicators below the threshold", ["EX02", "EX09"], "not-indicated" },
    };

    [Theory]
    [MemberData(nameof(AdultCases))]
    public void Adult_outcome_ignores_the_act_answer(string situation, string[] indicators, string expected)
    {
        foreach (var actPresent in new[] { false, true })
        {
            var result = ScreeningData.Evaluator.Evaluate("adult", actPresent, indicators).Valid();
            Assert.True(string.Equals(expected, result.OutcomeId, StringComparison.Ordinal), $"{situation} (act {actPresent}): {result.OutcomeId}");
        }
    }

    public static TheoryData<string, bool, string[], string> ChildCases => new()
    {
        { "act and exploitation; no means needed", true, Exploitation, "trafficking-indicated" },
        { "act, exploitation and coercion", true, [.. Exploitation, .. Coercion], "trafficking-indicated" },
        { "exploitation without the act", false, Exploitation, "labour-exploitation-indicated" },
        { "exploitation and recruitment deception but no act", false, [.. Deception, .. Exploitation], "labour-exploitation-indicated" },
        { "act without exploitation", true, [.. Deception, .. Coercion], "not-indicated" },
        { "nothing", false, [], "not-indicated" },
        { "EX09 is medium for a child", false, ["EX02", "EX03", "EX09"], "labour-exploitation-indicated" },
    };

    [Theory]
    [MemberData(nameof(ChildCases))]
    public void Child_outcome(string situation, bool actPresent, string[] indicators, string expected)
    {
        var result = ScreeningData.Evaluator.Evaluate("child", actPresent, indicators).Valid();
        Assert.True(string.Equals(expected, result.OutcomeId, StringComparison.Ordinal), $"{situation}: {result.OutcomeId}");
    }

    [Fact]
    public void Child_has_no_forced_labour_outcome()
    {
        var result = ScreeningData.Evaluator.Evaluate("child", false, [.. Exploitation, .. Coercion]).Valid();
        Assert.Equal("labour-exploitation-indicated", result.OutcomeId);
    }

    [Theory]
    [InlineData(ScreeningProfile.Adult, false, "forced-labour-indicated")]
    [InlineData(ScreeningProfile.Child, true, "trafficking-indicated")]
    public void Allocation_free_path_agrees_with_the_full_evaluation(ScreeningProfile profile, bool actPresent, string expected)
    {
        var evaluator = ScreeningData.Evaluator;
        int[] indices = [.. Exploitation.Concat(Coercion).Select(evaluator.IndexOf)];

        Assert.True(evaluator.TryEvaluateOutcome(profile, actPresent, indices, out var outcome));
        Assert.Equal(expected, outcome);
        Assert.Equal(expected, evaluator.Evaluate(profile, actPresent, [.. Exploitation, .. Coercion]).Valid().OutcomeId);
    }
}
