namespace Palermo;

/// <summary>
/// A stable code programs can switch on (the API's <c>type</c> ends with it) and the kind of refusal it is.
/// Its title in each language is the resource «Problem.{code}». All codes live in <see cref="ProblemCodes"/>.
/// </summary>
public sealed record ProblemCode(string Code, ProblemKind Kind)
{
    public Problem With(string? detail = null, IReadOnlyList<FieldError>? errors = null, object? current = null) => new(this, detail, errors, current);

    public override string ToString() => Code;
}
