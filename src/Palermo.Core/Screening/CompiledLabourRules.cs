using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;

namespace Palermo.Screening;

/// <summary>
/// The catalogue turned into arrays and bit masks once, so that an evaluation is a handful of dictionary
/// look-ups and integer comparisons. Compiling also checks the data: a catalogue that passes can answer
/// every combination of inputs with exactly one outcome.
/// </summary>
internal sealed class CompiledLabourRules
{
    /// <summary>Positive dimensions travel as one <see cref="ulong"/> bit mask.</summary>
    public const int MaxDimensions = 64;

    /// <summary>Outcome completeness is proved by enumeration; beyond this many referenced dimensions it would take too long.</summary>
    private const int MaxReferencedDimensions = 20;

    private const int NotApplicable = 0;

    private readonly byte[][] _weightsByProfile;
    private readonly CompiledThreshold[] _thresholds;
    private readonly CompiledOutcome[][] _outcomesByProfile;

    private CompiledLabourRules(
        LabourCatalogue catalogue,
        string[] dimensionIds,
        string[] indicatorIds,
        int[] indicatorDimension,
        FrozenDictionary<string, int> indicatorIndex,
        byte[][] weightsByProfile,
        CompiledThreshold[] thresholds,
        CompiledOutcome[][] outcomesByProfile)
    {
        Catalogue = catalogue;
        DimensionIds = dimensionIds;
        IndicatorIds = indicatorIds;
        IndicatorDimension = indicatorDimension;
        IndicatorIndex = indicatorIndex;
        _weightsByProfile = weightsByProfile;
        _thresholds = thresholds;
        _outcomesByProfile = outcomesByProfile;
    }

    public LabourCatalogue Catalogue { get; }

    public string[] DimensionIds { get; }

    /// <summary>Indicator ids in catalogue order; an indicator's position here is its index everywhere else.</summary>
    public string[] IndicatorIds { get; }

    public int[] IndicatorDimension { get; }

    /// <summary>Frozen: built once, read on every evaluation, where look-up speed is what counts.</summary>
    public FrozenDictionary<string, int> IndicatorIndex { get; }

    public int PresenceWords => (IndicatorIds.Length + 63) / 64;

    /// <summary>Counts are laid out as [dimension * 3 + weight - 1].</summary>
    public int CountSlots => DimensionIds.Length * 3;

    /// <summary>0 when the indicator does not apply to the profile, otherwise the <see cref="IndicatorWeight"/> value.</summary>
    public int WeightCode(ScreeningProfile profile, int indicatorIndex) => _weightsByProfile[(int)profile][indicatorIndex];

    public bool AppliesTo(ScreeningProfile profile, int indicatorIndex) => WeightCode(profile, indicatorIndex) != NotApplicable;

    /// <summary>Adds every present indicator to its dimension's strong/medium/weak counts.</summary>
    public void Tally(ScreeningProfile profile, ReadOnlySpan<ulong> present, Span<int> counts)
    {
        var weights = _weightsByProfile[(int)profile];
        for (var word = 0; word < present.Length; word++)
        {
            var bits = present[word];
            while (bits != 0)
            {
                var index = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                counts[(IndicatorDimension[index] * 3) + weights[index] - 1]++;
            }
        }
    }

    public ulong PositiveDimensions(ReadOnlySpan<int> counts)
    {
        ulong positive = 0;
        for (var dimension = 0; dimension < DimensionIds.Length; dimension++)
        {
            var slot = dimension * 3;
            if (MeetsAnyThreshold(counts[slot], counts[slot + 1], counts[slot + 2]))
            {
                positive |= 1UL << dimension;
            }
        }
        return positive;
    }

    public bool MeetsAnyThreshold(int strong, int medium, int weak)
    {
        foreach (var threshold in _thresholds)
        {
            if (threshold.IsMetBy(strong, medium, weak))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Never null for a compiled catalogue: compilation proved that one outcome matches every input.</summary>
    public string Outcome(ScreeningProfile profile, ulong positiveDimensions, bool actPresent)
    {
        foreach (var outcome in _outcomesByProfile[(int)profile])
        {
            if (outcome.Matches(positiveDimensions, actPresent))
            {
                return outcome.Id;
            }
        }
        throw new InvalidOperationException("Compiled outcome rules are incomplete; compilation should have refused them.");
    }

    public static CompiledLabourRules Compile(LabourCatalogue catalogue)
    {
        Require(!string.IsNullOrWhiteSpace(catalogue.Id), "catalogue id is empty");
        Require(catalogue.Version >= 1, $"catalogue version must be 1 or more, not {catalogue.Version}");
        Require(catalogue.Dimensions.Count is > 0 and <= MaxDimensions, $"a catalogue needs 1 to {MaxDimensions} dimensions, not {catalogue.Dimensions.Count}");

        var dimensionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var indicatorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var indicatorIds = new List<string>();
        var indicatorDimension = new List<int>();
        var weights = new[] { new List<byte>(), new List<byte>() };
        foreach (var dimension in catalogue.Dimensions)
        {
            Require(!string.IsNullOrWhiteSpace(dimension.Id), "a dimension has an empty id");
            Require(dimensionIndex.TryAdd(dimension.Id, dimensionIndex.Count), $"dimension id '{dimension.Id}' appears twice");
            foreach (var indicator in dimension.Indicators)
            {
                Require(!string.IsNullOrWhiteSpace(indicator.Id), $"an indicator in '{dimension.Id}' has an empty id");
                Require(indicatorIndex.TryAdd(indicator.Id, indicatorIds.Count), $"indicator id '{indicator.Id}' appears twice");
                Require(indicator.Strength.Adult is not null || indicator.Strength.Child is not null, $"indicator '{indicator.Id}' has no weight for any profile");
                indicatorIds.Add(indicator.Id);
                indicatorDimension.Add(dimensionIndex[dimension.Id]);
                weights[(int)ScreeningProfile.Adult].Add(WeightCode(indicator.Strength.Adult, indicator.Id));
                weights[(int)ScreeningProfile.Child].Add(WeightCode(indicator.Strength.Child, indicator.Id));
            }
        }

        var thresholds = CompileThresholds(catalogue.DimensionRule);
        var outcomes = new[]
        {
            CompileOutcomes(ScreeningProfile.Adult, catalogue.Outcomes.Adult, dimensionIndex),
            CompileOutcomes(ScreeningProfile.Child, catalogue.Outcomes.Child, dimensionIndex),
        };

        var rules = new CompiledLabourRules(
            catalogue,
            [.. dimensionIndex.OrderBy(pair => pair.Value).Select(pair => pair.Key)],
            [.. indicatorIds],
            [.. indicatorDimension],
            indicatorIndex.ToFrozenDictionary(StringComparer.Ordinal),
            [[.. weights[0]], [.. weights[1]]],
            thresholds,
            outcomes);
        rules.RequireExactlyOneOutcomeForEveryInput(ScreeningProfile.Adult);
        rules.RequireExactlyOneOutcomeForEveryInput(ScreeningProfile.Child);
        return rules;
    }

    private static byte WeightCode(IndicatorWeight? weight, string indicatorId)
    {
        if (weight is null)
        {
            return NotApplicable;
        }
        Require(Enum.IsDefined(weight.Value), $"indicator '{indicatorId}' has an unknown weight {weight.Value}");
        return (byte)weight.Value;
    }

    private static CompiledThreshold[] CompileThresholds(DimensionRule rule)
    {
        Require(rule.AnyOf.Count > 0, "the dimension rule has no thresholds");
        var thresholds = new CompiledThreshold[rule.AnyOf.Count];
        for (var i = 0; i < thresholds.Length; i++)
        {
            var t = rule.AnyOf[i];
            Require(t.Strong >= 0 && t.Medium >= 0 && t.Weak >= 0 && t.MediumOrWeak >= 0, $"dimension threshold {i} has a negative count");
            // An all-zero threshold would make every dimension positive with no indicator at all.
            Require(t.Strong + t.Medium + t.Weak + t.MediumOrWeak > 0, $"dimension threshold {i} requires nothing");
            thresholds[i] = new CompiledThreshold(t.Strong, t.Medium, t.Weak, t.MediumOrWeak);
        }
        return thresholds;
    }

    private static CompiledOutcome[] CompileOutcomes(ScreeningProfile profile, IReadOnlyList<OutcomeRule> rules, Dictionary<string, int> dimensionIndex)
    {
        var name = profile.ToWireName();
        Require(rules.Count > 0, $"profile '{name}' has no outcomes");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new CompiledOutcome[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            Require(!string.IsNullOrWhiteSpace(rule.Id), $"an outcome of profile '{name}' has an empty id");
            Require(seen.Add(rule.Id), $"outcome '{rule.Id}' appears twice for profile '{name}'");
            Require(rule.Condition.AllOf.Count > 0, $"outcome '{rule.Id}' ({name}) has an empty condition");
            var requireAny = new List<ulong>();
            ulong forbid = 0;
            bool? act = null;
            foreach (var clause in rule.Condition.AllOf)
            {
                var members = (clause.AnyPositive is null ? 0 : 1) + (clause.NonePositive is null ? 0 : 1) + (clause.ActPresent is null ? 0 : 1);
                Require(members == 1, $"a clause of outcome '{rule.Id}' ({name}) must set exactly one of anyPositive, nonePositive, actPresent");
                if (clause.AnyPositive is not null)
                {
                    Require(clause.AnyPositive.Count > 0, $"an anyPositive clause of outcome '{rule.Id}' ({name}) lists no dimension");
                    requireAny.Add(Mask(clause.AnyPositive, dimensionIndex, rule.Id));
                }
                else if (clause.NonePositive is not null)
                {
                    forbid |= Mask(clause.NonePositive, dimensionIndex, rule.Id);
                }
                else
                {
                    Require(act is null || act == clause.ActPresent, $"outcome '{rule.Id}' ({name}) asks for actPresent both true and false");
                    act = clause.ActPresent;
                }
            }
            compiled[i] = new CompiledOutcome(rule.Id, [.. requireAny], forbid, act);
        }
        return compiled;
    }

    private static ulong Mask(IReadOnlyList<string> dimensionIds, Dictionary<string, int> dimensionIndex, string outcomeId)
    {
        ulong mask = 0;
        foreach (var id in dimensionIds)
        {
            Require(dimensionIndex.TryGetValue(id, out var index), $"outcome '{outcomeId}' names unknown dimension '{id}'");
            mask |= 1UL << index;
        }
        return mask;
    }

    /// <summary>
    /// Outcome order must not matter, and no screening may end without an answer: for every combination of
    /// positive dimensions the rules mention, and both answers to the act question, exactly one outcome applies.
    /// </summary>
    private void RequireExactlyOneOutcomeForEveryInput(ScreeningProfile profile)
    {
        var outcomes = _outcomesByProfile[(int)profile];
        ulong referenced = 0;
        foreach (var outcome in outcomes)
        {
            referenced |= outcome.ReferencedDimensions;
        }
        Require(BitOperations.PopCount(referenced) <= MaxReferencedDimensions, $"outcome rules mention more than {MaxReferencedDimensions} dimensions");

        ulong positive = 0;
        do
        {
            foreach (var act in (ReadOnlySpan<bool>)[false, true])
            {
                var matching = outcomes.Where(outcome => outcome.Matches(positive, act)).Select(outcome => outcome.Id).ToList();
                Require(
                    matching.Count == 1,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"profile '{profile.ToWireName()}' with positive dimensions [{string.Join(", ", DimensionNames(positive))}] and actPresent={act} matches {(matching.Count == 0 ? "no outcome" : "outcomes " + string.Join(", ", matching))}; exactly one must apply"));
            }
            positive = (positive - referenced) & referenced;
        }
        while (positive != 0);
    }

    private IEnumerable<string> DimensionNames(ulong mask) =>
        DimensionIds.Where((_, index) => (mask & (1UL << index)) != 0);

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Labour indicator catalogue is inconsistent: {problem}.");
        }
    }
}

internal readonly record struct CompiledThreshold(int Strong, int Medium, int Weak, int MediumOrWeak)
{
    public bool IsMetBy(int strong, int medium, int weak) =>
        strong >= Strong && medium >= Medium && weak >= Weak && medium + weak >= MediumOrWeak;
}

/// <summary>All of: each <see cref="RequireAny"/> mask has a positive dimension, none of <see cref="Forbid"/> is positive, the act matches.</summary>
internal sealed record CompiledOutcome(string Id, ulong[] RequireAny, ulong Forbid, bool? Act)
{
    public ulong ReferencedDimensions => RequireAny.Aggregate(Forbid, (all, mask) => all | mask);

    public bool Matches(ulong positive, bool actPresent)
    {
        if ((positive & Forbid) != 0 || (Act is { } act && act != actPresent))
        {
            return false;
        }
        foreach (var mask in RequireAny)
        {
            if ((positive & mask) == 0)
            {
                return false;
            }
        }
        return true;
    }
}
