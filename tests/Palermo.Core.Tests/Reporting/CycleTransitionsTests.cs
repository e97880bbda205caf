using Palermo.Reporting;

namespace Palermo.Tests.Reporting;

/// <summary>A cycle's moves as a table: state × target → the new state, or the problem that refuses it. No database.</summary>
public sealed class CycleTransitionsTests
{
    public static TheoryData<CycleState, CycleState, string?> Moves() => new()
    {
        { CycleState.Draft, CycleState.Open, null },
        { CycleState.Open, CycleState.Closed, null },
        { CycleState.Closed, CycleState.Archived, null },
        // Never back, never a step skipped, never where it already is.
        { CycleState.Draft, CycleState.Closed, "wrong-state" },
        { CycleState.Draft, CycleState.Archived, "wrong-state" },
        { CycleState.Draft, CycleState.Draft, "wrong-state" },
        { CycleState.Open, CycleState.Draft, "wrong-state" },
        { CycleState.Open, CycleState.Open, "wrong-state" },
        { CycleState.Closed, CycleState.Open, "wrong-state" },
        { CycleState.Archived, CycleState.Draft, "wrong-state" },
        { CycleState.Archived, CycleState.Archived, "wrong-state" },
    };

    [Theory, MemberData(nameof(Moves))]
    public void A_cycle_moves_one_step_forward(CycleState from, CycleState to, string? refusal)
    {
        var cycle = new Cycle { State = from };
        var problem = cycle.MoveTo(to, []);
        Assert.Equal(refusal, problem?.Code.Code);
        Assert.Equal(refusal is null ? to : from, cycle.State);
        if (problem is not null) Assert.Equal(from.ToString(), problem.Detail);
    }

    [Fact]
    public void A_cycle_does_not_open_while_a_language_is_incomplete()
    {
        var cycle = new Cycle { State = CycleState.Draft };
        var problem = cycle.MoveTo(CycleState.Open, ["ar", "zh"]);
        Assert.Equal((ProblemCodes.IncompleteLanguages, "ar, zh"), (problem?.Code, problem?.Detail));
        Assert.Equal(CycleState.Draft, cycle.State);
    }

    [Fact]
    public void Incomplete_languages_do_not_hold_back_closing_and_a_wrong_step_is_named_first()
    {
        var open = new Cycle { State = CycleState.Open };
        Assert.Null(open.MoveTo(CycleState.Closed, ["ar"]));
        Assert.Equal(CycleState.Closed, open.State);
        Assert.Equal(ProblemCodes.WrongState, new Cycle { State = CycleState.Closed }.MoveTo(CycleState.Open, ["ar"])?.Code);
    }
}
