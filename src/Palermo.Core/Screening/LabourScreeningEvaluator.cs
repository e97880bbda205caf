namespace Palermo.Screening;

/// <summary>
/// Applies a <see cref="LabourCatalogue"/>'s dimension rule and outcome rules to the indicators an inspector
/// observed. Pure and thread-safe: build one per catalogue and share it.
/// </summary>
public sealed class LabourScreeningEvaluator
{
    /// <summary>Above this many indicators the presence bit set goes to the heap instead of the stack.</summary>
    private const int MaxStackWords = 64;

    private readonly CompiledLabourRules _rules;

    private LabourScreeningEvaluator(CompiledLabourRules rules)
    {
        _rules = rules;
        CatalogueReference = new CatalogueReference(rules.Catalogue.Id, rules.Catalogue.Version);
    }

    public LabourCatalogue Catalogue => _rules.Catalogue;

    public CatalogueReference CatalogueReference { get; }

    /// <exception cref="InvalidDataException">The catalogue is inconsistent; the message says how.</exception>
    public static LabourScreeningEvaluator Create(LabourCatalogue catalogue) => new(CompiledLabourRules.Compile(catalogue));

    /// <summary>The wire-level entry point: validates the profile text and every id, and reports all problems at once.</summary>
    public ScreeningEvaluation Evaluate(string? profile, bool actPresent, IEnumerable<string?>? indicatorIds)
    {
        var ids = indicatorIds?.ToArray() ?? [];
        if (ScreeningProfiles.TryParse(profile, out var parsed))
        {
            return Evaluate(parsed, actPresent, ids);
        }

        var errors = new List<ScreeningValidationError>
        {
            string.IsNullOrEmpty(profile)
                ? new ScreeningValidationError(ScreeningErrorCodes.ProfileMissing, profile ?? string.Empty)
                : new ScreeningValidationError(ScreeningErrorCodes.ProfileUnknown, profile),
        };
        // Without a profile applicability cannot be judged, but unknown ids can still be reported now.
        foreach (var id in ids)
        {
            if (id is null || !_rules.IndicatorIndex.ContainsKey(id))
            {
                errors.Add(new ScreeningValidationError(ScreeningErrorCodes.IndicatorUnknown, id ?? string.Empty));
            }
        }
        return ScreeningEvaluation.Invalid(errors);
    }

    /// <summary>Evaluates a set of indicator ids; repeated ids count once.</summary>
    public ScreeningEvaluation Evaluate(ScreeningProfile profile, bool actPresent, ReadOnlySpan<string?> indicatorIds)
    {
        var words = _rules.PresenceWords;
        var present = words <= MaxStackWords ? stackalloc ulong[words] : new ulong[words];
        List<ScreeningValidationError>? errors = null;
        foreach (var id in indicatorIds)
        {
            if (id is null || !_rules.IndicatorIndex.TryGetValue(id, out var index))
            {
                (errors ??= []).Add(new ScreeningValidationError(ScreeningErrorCodes.IndicatorUnknown, id ?? string.Empty));
            }
            else if (!_rules.AppliesTo(profile, index))
            {
                (errors ??= []).Add(new ScreeningValidationError(ScreeningErrorCodes.IndicatorNotForProfile, id));
            }
            else
            {
                present[index >> 6] |= 1UL << index;
            }
        }
        return errors is null ? ScreeningEvaluation.Valid(BuildResult(profile, actPresent, present)) : ScreeningEvaluation.Invalid(errors);
    }

    /// <summary>Position of an indicator for <see cref="TryEvaluateOutcome"/>, or -1 when the id is unknown.</summary>
    public int IndexOf(string indicatorId) => _rules.IndicatorIndex.TryGetValue(indicatorId, out var index) ? index : -1;

    /// <summary>
    /// The allocation-free path for bulk scoring: indicators pre-resolved with <see cref="IndexOf"/>, only the
    /// outcome id returned. False (and no outcome) when an index is out of range or not valid for the profile.
    /// </summary>
    public bool TryEvaluateOutcome(ScreeningProfile profile, bool actPresent, ReadOnlySpan<int> indicatorIndices, out string? outcomeId)
    {
        var words = _rules.PresenceWords;
        var present = words <= MaxStackWords ? stackalloc ulong[words] : new ulong[words];
        var indicatorCount = _rules.IndicatorIds.Length;
        foreach (var index in indicatorIndices)
        {
            if ((uint)index >= (uint)indicatorCount || !_rules.AppliesTo(profile, index))
            {
                outcomeId = null;
                return false;
            }
            present[index >> 6] |= 1UL << index;
        }
        Span<int> counts = stackalloc int[_rules.CountSlots];
        _rules.Tally(profile, present, counts);
        outcomeId = _rules.Outcome(profile, _rules.PositiveDimensions(counts), actPresent);
        return true;
    }

    private ScreeningResult BuildResult(ScreeningProfile profile, bool actPresent, ReadOnlySpan<ulong> present)
    {
        Span<int> counts = stackalloc int[_rules.CountSlots];
        _rules.Tally(profile, present, counts);
        var positive = _rules.PositiveDimensions(counts);

        var dimensionIds = _rules.DimensionIds;
        var idsByDimension = new string[dimensionIds.Length][];
        Span<int> filled = stackalloc int[dimensionIds.Length];
        for (var d = 0; d < dimensionIds.Length; d++)
        {
            var total = counts[d * 3] + counts[(d * 3) + 1] + counts[(d * 3) + 2];
            idsByDimension[d] = total == 0 ? [] : new string[total];
        }
        // Walking the bit set in index order lists each dimension's ids in catalogue order.
        for (var index = 0; index < _rules.IndicatorIds.Length; index++)
        {
            if ((present[index >> 6] & (1UL << index)) != 0)
            {
                var d = _rules.IndicatorDimension[index];
                idsByDimension[d][filled[d]++] = _rules.IndicatorIds[index];
            }
        }

        var scores = new DimensionScore[dimensionIds.Length];
        for (var d = 0; d < scores.Length; d++)
        {
            scores[d] = new DimensionScore(
                dimensionIds[d],
                (positive & (1UL << d)) != 0,
                counts[d * 3],
                counts[(d * 3) + 1],
                counts[(d * 3) + 2],
                idsByDimension[d]);
        }
        return new ScreeningResult(_rules.Outcome(profile, positive, actPresent), profile.ToWireName(), actPresent, scores, CatalogueReference);
    }
}
