using System.Text.Json.Serialization;

namespace Palermo.TravelDocuments;

/// <summary>A decoded MRZ. <see cref="Valid"/> is true exactly when the structure is right, every check digit passes and every given date exists.</summary>
public sealed class MrzResult
{
    // On the property so that a camelCase enum policy elsewhere cannot turn "TD1" into "tD1".
    [JsonConverter(typeof(JsonStringEnumConverter<MrzFormat>))]
    public required MrzFormat Format { get; init; }

    public required bool Valid { get; init; }

    public required MrzFields Fields { get; init; }

    public required IReadOnlyList<MrzCheck> Checks { get; init; }

    /// <summary>Codes from <see cref="MrzWarnings"/>; an unknown country code is here, not in <see cref="Valid"/>.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>
    /// nationality-stateless, nationality-refugee or nationality-unspecified: the holder may need international protection,
    /// which matters for screening under the Palermo protocols.
    /// </summary>
    public required IReadOnlyList<string> ProtectionFlags { get; init; }

    /// <summary>OCR corrections, only when a check digit fails.</summary>
    public required IReadOnlyList<MrzSuggestion> Suggestions { get; init; }

    /// <summary>The lines as read after trimming and upper-casing.</summary>
    public required IReadOnlyList<string> Lines { get; init; }
}

/// <summary>Either an MRZ (valid or not) or the reason the text is not one.</summary>
public sealed class MrzParseResult
{
    private MrzParseResult(MrzResult? result, MrzStructureError? error)
    {
        Result = result;
        Error = error;
    }

    public MrzResult? Result { get; }

    public MrzStructureError? Error { get; }

    [JsonIgnore]
    public bool IsMrz => Error is null;

    internal static MrzParseResult Success(MrzResult result) => new(result, null);

    internal static MrzParseResult Failure(MrzStructureError error) => new(null, error);
}

/// <summary>Warning codes of <see cref="MrzResult.Warnings"/>.</summary>
public static class MrzWarnings
{
    public const string IssuingStateUnknown = "issuingState-unknown";
    public const string NationalityUnknown = "nationality-unknown";
    public const string NationalityStateless = "nationality-stateless";
    public const string NationalityRefugee = "nationality-refugee";
    public const string NationalityUnspecified = "nationality-unspecified";
    public const string SpecimenDocument = "specimen-document";
    public const string DateOfBirthPartial = "dateOfBirth-partial";
    public const string DateOfBirthUnknown = "dateOfBirth-unknown";
    public const string DateOfBirthInvalid = "dateOfBirth-invalid";
    public const string DateOfExpiryPartial = "dateOfExpiry-partial";
    public const string DateOfExpiryUnknown = "dateOfExpiry-unknown";
    public const string DateOfExpiryInvalid = "dateOfExpiry-invalid";
    public const string DocumentExpired = "document-expired";
    public const string SexInvalid = "sex-invalid";
    public const string NameInvalidCharacters = "name-invalid-characters";
    public const string DocumentCodeInvalid = "documentCode-invalid";
    public const string LongDocumentNumber = "documentNumber-long";
    public const string CheckDigitFailed = "check-digit-failed";
}
