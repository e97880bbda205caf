namespace Palermo.Screening;

/// <summary>Why a screening request was refused; <see cref="Value"/> is the offending input, verbatim.</summary>
public sealed record ScreeningValidationError(string Code, string Value)
{
    public string Message => Code switch
    {
        ScreeningErrorCodes.ProfileMissing => "A profile is required: \"adult\" or \"child\".",
        ScreeningErrorCodes.ProfileUnknown => $"Unknown profile \"{Value}\"; expected \"adult\" or \"child\".",
        ScreeningErrorCodes.IndicatorUnknown => $"Unknown indicator id \"{Value}\".",
        ScreeningErrorCodes.IndicatorNotForProfile => $"Indicator \"{Value}\" does not apply to this profile.",
        _ => $"{Code}: {Value}",
    };
}

public static class ScreeningErrorCodes
{
    public const string ProfileMissing = "profile-missing";
    public const string ProfileUnknown = "profile-unknown";

    /// <summary>Also used for a null or empty id, whose value is reported as the empty string.</summary>
    public const string IndicatorUnknown = "indicator-unknown";

    /// <summary>The indicator exists but only for the other profile (e.g. RV07 has no weight for children).</summary>
    public const string IndicatorNotForProfile = "indicator-not-for-profile";
}

public static class ScreeningFieldErrors
{
    /// <summary>Engine errors as refused fields; the resource key <c>Error.&lt;code&gt;</c> names the value.</summary>
    public static IReadOnlyList<FieldError> From(IEnumerable<ScreeningValidationError> errors) =>
        [.. errors.Select(e => new FieldError(
            e.Code is ScreeningErrorCodes.ProfileMissing or ScreeningErrorCodes.ProfileUnknown ? "profile" : "indicators",
            e.Code,
            e.Value))];
}
