namespace Palermo.Screening;

/// <summary>Which catalogue, and which edition of it, produced a result; kept with the result for audit.</summary>
public sealed record CatalogueReference(string Id, int Version);

/// <summary>One dimension's tally. <see cref="Indicators"/> are the present ids in catalogue order, without duplicates.</summary>
public sealed record DimensionScore(string Id, bool Positive, int Strong, int Medium, int Weak, IReadOnlyList<string> Indicators);

public sealed record ScreeningResult(
    string OutcomeId,
    string Profile,
    bool ActPresent,
    IReadOnlyList<DimensionScore> Dimensions,
    CatalogueReference Catalogue);

/// <summary>Either a result or the validation errors that prevented one; evaluation never throws for bad input.</summary>
public sealed class ScreeningEvaluation
{
    private ScreeningEvaluation(ScreeningResult? result, IReadOnlyList<ScreeningValidationError> errors)
    {
        Result = result;
        Errors = errors;
    }

    public ScreeningResult? Result { get; }

    public IReadOnlyList<ScreeningValidationError> Errors { get; }

    public bool IsValid => Result is not null;

    public static ScreeningEvaluation Valid(ScreeningResult result) => new(result, []);

    public static ScreeningEvaluation Invalid(IReadOnlyList<ScreeningValidationError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("An invalid evaluation needs at least one error.", nameof(errors)) : new(null, errors);
}
