namespace Palermo.Screening;

/// <summary>
/// The labour-exploitation indicator catalogue as stored in <c>data/screening/labour-indicators.json</c>.
/// Plain data: the rules are interpreted by <see cref="LabourScreeningEvaluator"/>, never restated in code,
/// so that an authority can correct a weight or a rule by editing the file.
/// </summary>
public sealed class LabourCatalogue
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public required string Source { get; init; }
    public required string Caveat { get; init; }
    public required DimensionRule DimensionRule { get; init; }
    public required OutcomeRules Outcomes { get; init; }
    public required IReadOnlyList<LabourDimension> Dimensions { get; init; }
}

public sealed class LabourDimension
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<LabourIndicator> Indicators { get; init; }
}

public sealed class LabourIndicator
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required IndicatorStrengths Strength { get; init; }
}

/// <summary>Weight per profile; a missing weight means the indicator does not apply to that profile.</summary>
public sealed class IndicatorStrengths
{
    public IndicatorWeight? Adult { get; init; }
    public IndicatorWeight? Child { get; init; }

    public IndicatorWeight? For(ScreeningProfile profile) => profile == ScreeningProfile.Child ? Child : Adult;
}

/// <summary>A dimension is positive when the indicators present meet any one threshold.</summary>
public sealed class DimensionRule
{
    public required string Text { get; init; }
    public required IReadOnlyList<DimensionThreshold> AnyOf { get; init; }
}

/// <summary>Minimum counts that must all hold at once; <see cref="MediumOrWeak"/> counts medium and weak together.</summary>
public sealed class DimensionThreshold
{
    public int Strong { get; init; }
    public int Medium { get; init; }
    public int Weak { get; init; }
    public int MediumOrWeak { get; init; }
}

public sealed class OutcomeRules
{
    public required IReadOnlyList<OutcomeRule> Adult { get; init; }
    public required IReadOnlyList<OutcomeRule> Child { get; init; }

    /// <summary>What the act element means and how it is asked; documentation for the people using the data.</summary>
    public string? ActPresent { get; init; }

    public IReadOnlyList<OutcomeRule> For(ScreeningProfile profile) => profile == ScreeningProfile.Child ? Child : Adult;
}

/// <summary>
/// One outcome. <see cref="When"/> is the rule as people read it; <see cref="Condition"/> is the same rule in a
/// structured form the evaluator executes (the prose carries remarks that do not parse reliably).
/// </summary>
public sealed class OutcomeRule
{
    public required string Id { get; init; }
    public required string When { get; init; }
    public required OutcomeCondition Condition { get; init; }
}

public sealed class OutcomeCondition
{
    public required IReadOnlyList<OutcomeClause> AllOf { get; init; }
}

/// <summary>Exactly one member is set: at least one listed dimension positive, none positive, or the act element.</summary>
public sealed class OutcomeClause
{
    public IReadOnlyList<string>? AnyPositive { get; init; }
    public IReadOnlyList<string>? NonePositive { get; init; }
    public bool? ActPresent { get; init; }
}
