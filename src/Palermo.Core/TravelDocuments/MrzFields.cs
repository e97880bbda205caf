namespace Palermo.TravelDocuments;

/// <summary>The data an MRZ carries, decoded. Strings have their filler removed; dates are ISO (yyyy-MM-dd) with XX for unknown parts.</summary>
public sealed class MrzFields
{
    /// <summary>P, I, ID, V, AC … as printed, without filler.</summary>
    public string DocumentCode { get; init; } = string.Empty;

    /// <summary>Issuing state or organization, e.g. UTO; Germany's <c>D&lt;&lt;</c> is returned as D.</summary>
    public string IssuingState { get; init; } = string.Empty;

    /// <summary>Primary identifier; empty when the name field starts with <c>&lt;&lt;</c>.</summary>
    public string Surname { get; init; } = string.Empty;

    /// <summary>Secondary identifier, components joined with spaces.</summary>
    public string GivenNames { get; init; } = string.Empty;

    /// <summary>The whole document number, including a TD1/TD2 continuation in the optional data.</summary>
    public string DocumentNumber { get; init; } = string.Empty;

    public string Nationality { get; init; } = string.Empty;

    /// <summary>yyyy-MM-dd, with XX/XXXX for parts the document marks as unknown; null when no date is given or it is not a calendar date.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>M, F, X or &lt; (unspecified) as printed.</summary>
    public string Sex { get; init; } = string.Empty;

    /// <summary>yyyy-MM-dd; null when no date is given or it is not a calendar date.</summary>
    public string? DateOfExpiry { get; init; }

    /// <summary>Optional data (TD1 line 1, TD2, visas); for TD3 the same value as <see cref="PersonalNumber"/>.</summary>
    public string OptionalData { get; init; } = string.Empty;

    /// <summary>TD1 line 2 optional data; null for other formats.</summary>
    public string? OptionalData2 { get; init; }

    /// <summary>TD3 personal number; null for other formats.</summary>
    public string? PersonalNumber { get; init; }
}

/// <summary>One check digit: <see cref="Name"/> is documentNumber, dateOfBirth, dateOfExpiry, personalNumber or composite.</summary>
public sealed record MrzCheck(string Name, bool Valid, string Expected, string Found);

/// <summary>Replace the character at <see cref="Line"/>/<see cref="Position"/> (both 1-based) in <see cref="Field"/>.</summary>
public sealed record MrzSubstitution(int Line, int Position, string Field, string From, string To);

/// <summary>
/// A correction for common OCR confusions (O/0, I/1, Z/2, S/5, G/6, B/8). <see cref="FixesAllChecks"/> marks the one
/// (a single substitution, or the smallest set) after which every check digit passes; its <see cref="CorrectedLines"/> are given.
/// </summary>
public sealed record MrzSuggestion(
    IReadOnlyList<MrzSubstitution> Substitutions,
    bool FixesAllChecks,
    IReadOnlyList<string> FixedChecks,
    IReadOnlyList<string>? CorrectedLines);
