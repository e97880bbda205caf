namespace Palermo;

/// <summary>
/// Why a use case did not do what was asked: a code from <see cref="ProblemCodes"/>, an optional detail (a value
/// the message is formatted with), the refused fields, and — for conflicts — the current state of the resource.
/// </summary>
public sealed record Problem(ProblemCode Code, string? Detail = null, IReadOnlyList<FieldError>? Errors = null, object? Current = null)
{
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];

    public ProblemKind Kind => Code.Kind;

    public static Problem Invalid(params FieldError[] errors) => ProblemCodes.InvalidInput.With(errors: errors);
}
