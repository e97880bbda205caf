namespace Palermo.TravelDocuments;

/// <summary>
/// Why a text is not an MRZ at all (as opposed to an MRZ that fails its checks).
/// The API turns this into a 422 problem; <see cref="Code"/> is stable, <see cref="Message"/> is for people.
/// </summary>
public sealed class MrzStructureError
{
    public MrzStructureError(string code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>One of the <see cref="MrzErrorCodes"/> constants.</summary>
    public string Code { get; }

    public string Message { get; }
}

/// <summary>Machine codes of <see cref="MrzStructureError"/>.</summary>
public static class MrzErrorCodes
{
    public const string Empty = "mrz-empty";
    public const string LineCount = "mrz-line-count";
    public const string LineLength = "mrz-line-length";
    public const string InvalidCharacter = "mrz-invalid-character";
}
